package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.domain.dossier.SupplementRound;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;

/** Biểu II.06a against a hand-built fixture; every expected number below was counted by hand (DOMAIN.md §2.4). */
class PeriodReportTest {
    @TempDir
    Path dir;
    Database db;
    int n;

    @BeforeEach
    void fixture() {
        db = Database.open(dir.resolve("r.db"));
        // field, channel, status, received, appointment, finished           expected classification (April 2026)
        add("HT", Channel.ONLINE, DossierStatus.DONE, "04-05", "04-10", "04-08");      // new online, early
        add("HT", Channel.DIRECT, DossierStatus.RELEASING, "04-06", "04-10", "04-10"); // new, on time (same date)
        add("HT", Channel.DIRECT, DossierStatus.DONE, "04-07", "04-10", "04-12");      // new, late
        add("HT", Channel.POST, DossierStatus.CANCELLED, "04-08", "04-09", "04-20");   // new, withdrawn = on time
        add("HT", Channel.DIRECT, DossierStatus.PROCESSING, "03-20", "04-15", null);   // carried, open, overdue
        add("HT", Channel.DIRECT, DossierStatus.RELEASING, "03-25", "04-02", "04-03"); // carried, late
        add("HT", Channel.DIRECT, DossierStatus.DONE, "03-01", "03-10", "03-15");      // finished before: left out
        add("HT", Channel.DIRECT, DossierStatus.WAITING, "04-28", "04-29", null);      // new, waiting = within time
        add("HT", Channel.DIRECT, DossierStatus.UNRESOLVED, "04-10", "04-12", "04-25");// new, stopped = within time
        add("HT", Channel.DIRECT, DossierStatus.UNRESOLVED, "03-10", "03-12", "03-20");// stopped before: left out
        add("CT", Channel.DIRECT, DossierStatus.PROCESSING, "04-29", "05-02", null);   // new, within time
        add("CT", Channel.DIRECT, DossierStatus.NEW, "04-30", "04-30", null);          // new, due on last day: within
        add("CT", Channel.DIRECT, DossierStatus.RELEASING, "04-15", "04-20", "05-03"); // new, finished after: overdue
        add("CT", Channel.DIRECT, DossierStatus.DENIED, "04-15", null, null);          // refused: left out
        add("CT", Channel.ONLINE, DossierStatus.NEW, "05-02", "05-05", null);          // after the period: left out
        add("CT", Channel.DIRECT, DossierStatus.DONE, "04-02", null, "04-25");         // no appointment: on time
    }

    @Test
    void everyColumn_perField_andTotal() throws Exception {
        PeriodReport r = db.read(c -> PeriodReport.compute(c,
                new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))));

        assertThat(r.rows()).extracting(PeriodRow::fieldCode).containsExactly("CT", "HT");
        PeriodRow ct = r.rows().get(0);
        PeriodRow ht = r.rows().get(1);
        //                           online direct carried resolved early onTime late prog within overdue
        assertRow(ht, 8, 1, 5, 2, 5, 1, 2, 2, 3, 2, 1);
        assertRow(ct, 4, 0, 4, 0, 1, 0, 1, 0, 3, 2, 1);
        assertRow(r.total(), 12, 1, 9, 2, 6, 1, 3, 2, 6, 4, 2);
    }

    @Test
    void identities_holdForEveryRow() throws Exception {
        PeriodReport r = db.read(c -> PeriodReport.compute(c,
                new Period(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 20))));
        for (PeriodRow row : r.rows()) {
            assertThat(row.received()).isEqualTo(row.resolved() + row.inProgress());
            assertThat(row.resolved()).isEqualTo(row.early() + row.onTime() + row.late());
            assertThat(row.inProgress()).isEqualTo(row.withinTime() + row.overdue());
        }
    }

    /**
     * A closed period never changes: dossiers with real progress logs, some of whose status changes after the end of
     * April. Counted by hand at the end of April (E = 01/05 00:00), HT gains:
     * <ul>
     *   <li>P1 received 10/04, processing, appointment 20/04 — overdue at E; a supplement requested on 03/05 (it would
     *       read "waiting = within time" by its current status);</li>
     *   <li>P2 online, submitted 28/04, not yet accepted at E (left out); accepted on 02/05;</li>
     *   <li>P3 received 05/04, processing, appointment 15/04 — overdue at E; stopped on 05/05 (status 8 would read
     *       "within time");</li>
     *   <li>P4 received 03/04, finished 08/04 against 10/04 — resolved early; handed back on 02/05.</li>
     * </ul>
     * So HT: received 8+3, direct 5+3, resolved 5+1, early 1+1, in progress 3+2, overdue 1+2. The report's table and
     * CSV bytes are the same before and after the May actions, and the May report does see them.
     */
    @Test
    void closedPeriod_isIdentical_afterLaterActions() throws Exception {
        Dossier p1 = logged("HT", Channel.DIRECT, "04-10", "04-20", DossierStatus.NEW,
                DossierStatus.PROCESSING, "04-11");
        Dossier p2 = logged("HT", Channel.ONLINE, "04-28", "05-05", DossierStatus.RECEIVING, null, null);
        Dossier p3 = logged("HT", Channel.DIRECT, "04-05", "04-15", DossierStatus.NEW, DossierStatus.PROCESSING,
                "04-06");
        Dossier p4 = logged("HT", Channel.DIRECT, "04-03", "04-10", DossierStatus.NEW, DossierStatus.PROCESSING,
                "04-04");
        p4 = move(p4, DossierStatus.RELEASING, "04-08", b -> b.finishedAt(at("04-08", 10)));
        Period april = new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
        PeriodReport before = db.read(c -> PeriodReport.compute(c, april));
        byte[] csvBefore = csv(before);

        PeriodRow ht = before.rows().get(1);
        assertRow(ht, 11, 1, 8, 2, 6, 2, 2, 2, 5, 2, 3);

        move(p1, DossierStatus.WAITING, "05-03", b -> b.supplements(List.of(new SupplementRound(1,
                at("05-03", 10), "canbo", "Bổ sung giấy tờ", null, null, at("04-20", 16), null))));
        move(p2, DossierStatus.NEW, "05-02", b -> b);
        move(p3, DossierStatus.UNRESOLVED, "05-05", b -> b.finishedAt(at("05-05", 10)));
        move(p4, DossierStatus.DONE, "05-02", b -> b.returnedAt(at("05-02", 10)));

        PeriodReport after = db.read(c -> PeriodReport.compute(c, april));
        assertThat(after).isEqualTo(before);
        assertThat(csv(after)).isEqualTo(csvBefore);
        // the later actions are real: May (by hand) carries over the open HT dossiers of 20/03 (overdue) and 28/04
        // (waiting), P1 (now waiting: within time), P2 (now accepted, due 05/05: overdue) and P3 (stopped in May:
        // within time); nothing new in May
        PeriodReport may = db.read(c -> PeriodReport.compute(c, new Period(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31))));
        PeriodRow mayHt = may.rows().stream().filter(r -> r.fieldCode().equals("HT")).findFirst().orElseThrow();
        assertRow(mayHt, 5, 0, 0, 5, 0, 0, 0, 0, 5, 3, 2);
    }

    private byte[] csv(PeriodReport r) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        CsvExport.write(PeriodReportTable.of(r, "UBND xã Quảng Phú", "Xã Quảng Phú"), out);
        return out.toByteArray();
    }

    /** A dossier received through the lifecycle: its receipt entry, then optionally one more, each in the log. */
    private Dossier logged(String field, Channel channel, String received, String appointment, DossierStatus first,
                           DossierStatus second, String secondAt) {
        Dossier d = dossier(++n, field, channel, received, appointment).status(first).build();
        db.write(c -> {
            DossierRepository repo = new DossierRepository();
            repo.insert(c, d, LocalDateTime.now());
            repo.addProgress(c, d.id(), entry(d.receivedAt(), "Tiếp nhận", first));
            return null;
        });
        return second == null ? d : move(d, second, secondAt, b -> b);
    }

    /** One lifecycle step as the services write it: the dossier row, then its progress entry, in one transaction. */
    private Dossier move(Dossier d, DossierStatus to, String day, java.util.function.UnaryOperator<Dossier.Builder> f) {
        Dossier after = f.apply(d.toBuilder().status(to).version(d.version() + 1)).build();
        db.write(c -> {
            DossierRepository repo = new DossierRepository();
            assertThat(repo.update(c, after, d.version(), LocalDateTime.now())).isTrue();
            repo.addProgress(c, d.id(), entry(at(day, 10), "Bước " + to.code(), to));
            return null;
        });
        return after;
    }

    private static ProgressEntry entry(LocalDateTime at, String action, DossierStatus status) {
        return new ProgressEntry("canbo", "Cán bộ", "Bộ phận một cửa", at, action, status, at, null, null);
    }

    private static void assertRow(PeriodRow r, long received, long online, long direct, long carried, long resolved,
                                  long early, long onTime, long late, long prog, long within, long overdue) {
        assertThat(new long[] {r.received(), r.newOnline(), r.newDirectOrPost(), r.carriedOver(), r.resolved(),
            r.early(), r.onTime(), r.late(), r.inProgress(), r.withinTime(), r.overdue()})
                .as(r.fieldCode())
                .containsExactly(received, online, direct, carried, resolved, early, onTime, late, prog, within,
                        overdue);
    }

    private void add(String field, Channel channel, DossierStatus status, String received, String appointment,
                     String finished) {
        Dossier d = dossier(++n, field, channel, received, appointment)
                .finishedAt(finished == null ? null : at(finished, 10))
                .status(status)
                .build();
        db.write(c -> {
            new DossierRepository().insert(c, d, LocalDateTime.now());
            return null;
        });
    }

    /** The fixtures' n-th dossier of 2026 (days "MM-dd"; received at 9:00, due at 16:00), status still to set. */
    static Dossier.Builder dossier(int i, String field, Channel channel, String received, String appointment) {
        return Dossier.builder()
                .id(UUID.randomUUID())
                .code(String.format("000.00.01.H22-260401-%04d", i))
                .procedureCode("1.000001").procedureName("Thủ tục " + i)
                .fieldCode(field).fieldName(field.equals("HT") ? "Hộ tịch" : "Chứng thực")
                .channel(channel)
                .applicant(Applicant.builder().fullName("Người Thứ " + i).build())
                .receivedAt(at(received, 9))
                .appointmentAt(appointment == null ? null : at(appointment, 16))
                .deskNo(1).version(1);
    }

    static LocalDateTime at(String monthDay, int hour) {
        return LocalDateTime.parse("2026-" + monthDay + "T" + String.format("%02d", hour) + ":00");
    }
}
