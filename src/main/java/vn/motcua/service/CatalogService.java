package vn.motcua.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.store.Database;
import vn.motcua.store.ProcedureRepository;
import vn.motcua.store.catalog.CatalogFile;
import vn.motcua.store.catalog.CatalogFile.CatalogProblem;

/** The procedure catalogue: import (all or nothing, or partial on request), listing, lookup. */
public final class CatalogService {
    private final Database db;
    private final ProcedureRepository procedures;
    private final Clock clock;

    CatalogService(Database db, ProcedureRepository procedures, Clock clock) {
        this.db = db;
        this.procedures = procedures;
        this.clock = clock;
    }

    /** What an import did. */
    public record ImportResult(int imported, int rejected, List<CatalogProblem> problems, boolean applied) {
    }

    /**
     * Imports a catalogue file. With {@code partial == false} (the default) a file with any problem imports nothing;
     * with {@code partial == true} the valid entries are imported and the bad ones reported.
     */
    public ImportResult importFile(Path file, boolean partial, Actor actor) throws IOException {
        Roles.require(actor, "action.catalog.import", Role.ADMIN);
        try (InputStream in = Files.newInputStream(file)) {
            return importParsed(CatalogFile.parse(in), partial);
        }
    }

    public ImportResult importParsed(CatalogFile.Parsed parsed, boolean partial) {
        List<CatalogProblem> problems = parsed.problems();
        int badEntries = (int) problems.stream().filter(p -> p.position() > 0).map(CatalogProblem::position)
                .distinct().count();
        boolean fileLevel = problems.stream().anyMatch(p -> p.position() == 0);
        if (fileLevel || (!problems.isEmpty() && !partial) || parsed.procedures().isEmpty()) {
            return new ImportResult(0, badEntries, problems, false);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        db.run(c -> {
            for (Procedure p : parsed.procedures()) {
                procedures.upsert(c, p, now);
            }
        });
        return new ImportResult(parsed.procedures().size(), badEntries, problems, true);
    }

    /** Loads the shipped sample catalogue when the catalogue is empty; returns how many were loaded. */
    public int loadSampleIfEmpty() {
        if (db.read(procedures::count) > 0) {
            return 0;
        }
        CatalogFile.Parsed sample = CatalogFile.loadSample();
        if (!sample.problems().isEmpty()) {
            throw new IllegalStateException("The shipped sample catalogue is broken: " + sample.problems());
        }
        return importParsed(sample, false).imported();
    }

    public List<Procedure> list(boolean activeOnly) {
        return db.read(c -> procedures.list(c, activeOnly));
    }

    public Optional<Procedure> find(String code) {
        return db.read(c -> procedures.find(c, code));
    }
}
