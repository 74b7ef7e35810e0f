package vn.motcua.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.dossier.RegistrationRequest;
import vn.motcua.domain.dossier.SequenceBlocks;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.DossierRepository;

/**
 * How {@code register --jsonl} stores one group (issue 18, decision 0036): every line its own registration inside
 * its own savepoint, the lines handing on the audit chain's end and the last code number, the group's search rows
 * written after the savepoints as one FTS5 segment.
 */
class RegisterGroupStoreTest {
    @TempDir
    Path dir;
    DeskFixture desk;

    @BeforeEach
    void setUp() {
        desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 11, 20, 9, 0));
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void linesUndoneInTheMiddle_leaveTheOthersWhole_codesInSequence_andTheAuditChainIntact() {
        int last = desk.ctx().calendar().settings().sequenceBlocks().last(1);
        // 28 April: this desk's block is used up, so those lines fail while being stored (after their check)
        desk.ctx().database().write(c -> {
            try (var st = c.createStatement()) {
                return st.executeUpdate("INSERT INTO code_sequence (day, desk_no, last) VALUES ('2026-04-28', 1, "
                        + last + ")");
            }
        });
        List<RegistrationRequest> requests = List.of(
                DeskFixture.request("1.004873", "2026-04-29T08:00", "Nguyễn Văn An", "038095001234"),
                DeskFixture.request("1.004873", "2026-04-28T08:00", "Trần Văn Bình", "038095001235"),
                DeskFixture.request("1.004873", "2026-04-29T08:10", "Lê Thị Cúc", "038095001236"),
                DeskFixture.request("1.004873", "2026-04-27T08:00", "Phạm Văn Dũng", "038095001237"),
                DeskFixture.request("1.004873", "2026-04-28T09:00", "Hoàng Thị Em", "038095001238"),
                DeskFixture.request("1.004873", "2026-04-29T08:20", "Vũ Văn Giang", "038095001239"));

        var outcomes = desk.ctx().registration().registerEach(requests, desk.admin());

        assertThat(outcomes).extracting(RegistrationService.Outcome::ok)
                .containsExactly(true, false, true, true, false, true);
        assertThat(outcomes.get(1).refusal()).isInstanceOf(SequenceBlocks.SequenceExhaustedException.class);
        assertThat(outcomes.get(4).refusal()).isInstanceOf(SequenceBlocks.SequenceExhaustedException.class);
        List<String> codes = new ArrayList<>();
        for (var o : outcomes) {
            if (o.ok()) {
                codes.add(o.registered().dossier().code());
            }
        }
        assertThat(codes).containsExactly("000.00.01.H22-260429-0001", "000.00.01.H22-260429-0002",
                "000.00.01.H22-260427-0001", "000.00.01.H22-260429-0003");
        for (String table : List.of("dossier", "progress", "dossier_search", "outbox", "audit", "logbook_line")) {
            assertThat(desk.count(table)).as(table).isEqualTo(4);
        }
        AuditRepository.Verification verification = desk.ctx().database().read(c -> new AuditRepository().verify(c));
        assertThat(verification.intact()).isTrue();
        assertThat(verification.chainedRows()).isEqualTo(4);
        String lines = desk.ctx().database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT group_concat(line, ',') FROM (SELECT line FROM logbook_line ORDER BY line)")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(lines).isEqualTo("1,2,3,4");
        Integer lastCode = desk.ctx().database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT last FROM code_sequence WHERE day = '2026-04-29' AND desk_no = 1")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(lastCode).isEqualTo(3);
        // each stored line is found by its name; the undone ones by nothing
        var dossiers = new DossierRepository();
        List<vn.motcua.domain.dossier.Dossier> found = desk.ctx().database().read(c -> dossiers.search(c, "Lê Thị Cúc", 10));
        assertThat(found).extracting(d -> d.code()).containsExactly("000.00.01.H22-260429-0002");
        List<vn.motcua.domain.dossier.Dossier> none = desk.ctx().database().read(c -> dossiers.search(c, "Hoàng Thị Em", 10));
        assertThat(none).isEmpty();
    }

    @Test
    void aGroupsSearchRows_areWrittenAsOneSegment() {
        List<RegistrationRequest> requests = new ArrayList<>();
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
        String[] given = {"An", "Bình", "Cúc", "Dũng", "Em", "Giang", "Hà", "Khánh", "Lan", "Minh"};
        for (int i = 0; i < 80; i++) {
            requests.add(DeskFixture.request("1.004873", String.format("2026-04-29T%02d:%02d", 8 + i / 60, i % 60),
                    family[i % family.length] + " Văn " + given[i % given.length],
                    String.format("0380950%05d", 1000 + i)));
        }

        var outcomes = desk.ctx().registration().registerEach(requests, desk.admin());

        assertThat(outcomes).allMatch(RegistrationService.Outcome::ok);
        // the same rows indexed by one statement (one segment) take exactly as many FTS5 records; a search row written
        // inside each line's savepoint is flushed as a segment of its own, and their merges leave more records
        int stored = desk.count("dossier_search_data");
        desk.ctx().database().write(c -> {
            try (var st = c.createStatement()) {
                st.execute("CREATE VIRTUAL TABLE temp.one_segment USING fts5 (code, name, id_number, phone, "
                        + "procedure, tokenize = 'unicode61 remove_diacritics 0')");
                return st.executeUpdate("INSERT INTO temp.one_segment (rowid, code, name, id_number, phone, "
                        + "procedure) SELECT rowid, code, name, id_number, phone, procedure FROM dossier_search");
            }
        });
        Integer oneSegment = desk.ctx().database().write(c -> { // after its commit, which flushed it
            try (var st = c.createStatement()) {
                int n;
                try (var rs = st.executeQuery("SELECT count(*) FROM temp.one_segment_data")) {
                    rs.next();
                    n = rs.getInt(1);
                }
                st.execute("DROP TABLE temp.one_segment");
                return n;
            }
        });
        assertThat(oneSegment).isGreaterThan(2); // the averages, the structure and at least one leaf
        assertThat(stored).isEqualTo(oneSegment.intValue());
        List<vn.motcua.domain.dossier.Dossier> found = desk.ctx().database().read(
                c -> new DossierRepository().search(c, "Đặng", 100));
        assertThat(found).hasSize(10);
    }
}
