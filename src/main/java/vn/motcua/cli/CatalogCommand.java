package vn.motcua.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.service.CatalogService;
import vn.motcua.service.DeskContext;

@Command(name = "catalog", description = "The procedure catalogue.",
        subcommands = {CatalogCommand.Import.class, CatalogCommand.ListProcedures.class})
final class CatalogCommand {

    @Command(name = "import", description = {"Import a catalogue JSON file (format: docs/formats/catalog.md).",
        "ALL OR NOTHING by default: a file with any bad entry imports nothing, and every bad entry is reported "
            + "with its position and field. With --partial the valid entries are imported and the bad ones "
            + "reported. Existing procedures with the same code are replaced; others are kept."})
    static final class Import extends DeskCommand {
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--partial", description = "import the valid entries even if some are bad")
        boolean partial;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException("cannot read catalogue file " + file);
            }
            CatalogService.ImportResult r = ctx.catalog().importFile(file, partial, actor(ctx));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("applied", r.applied());
            out.put("imported", r.imported());
            out.put("rejectedEntries", r.rejected());
            out.put("problems", r.problems());
            printJson(out);
            if (!r.problems().isEmpty()) {
                var err = spec.commandLine().getErr();
                err.println(r.applied()
                        ? "warning: " + r.rejected() + " bad entries were skipped (--partial):"
                        : "error: the catalogue was NOT imported; fix these problems (or use --partial):");
                FileProblems.catalog(err, r.problems());
                return r.applied() ? 0 : ErrorReporter.INPUT_REFUSED;
            }
            if (!r.applied()) {
                spec.commandLine().getErr().println("error: the file holds no procedure; nothing was imported");
                return ErrorReporter.INPUT_REFUSED;
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the procedures of the catalogue.")
    static final class ListProcedures extends DeskCommand {
        @Option(names = "--all", description = "include inactive procedures")
        boolean all;

        @Override
        boolean readsOnly() {
            return true;
        }

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            List<Procedure> list = ctx.catalog().list(!all);
            printJson(list.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", p.code());
                m.put("name", p.name());
                m.put("field", p.field().name());
                m.put("time", p.timeFor(vn.motcua.domain.catalog.Channel.DIRECT).toVietnamese());
                m.put("sameDayCutoff", p.sameDayCutoff());
                m.put("noFixedAppointment", p.noFixedAppointment());
                m.put("feeVnd", p.totalFeeVnd());
                m.put("active", p.active());
                m.put("sample", p.sample());
                return m;
            }).toList());
            return 0;
        }
    }
}
