package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.province.CommuneRow;
import vn.motcua.central.province.FigurePeriods;
import vn.motcua.central.province.FigureUpdates;
import vn.motcua.central.province.Overview;
import vn.motcua.central.province.OverviewExport;
import vn.motcua.central.province.OverviewQuery;
import vn.motcua.central.province.ProvinceFigures;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.report.Period;

/**
 * The figures kept at ingest, step by step on one dossier (received, finished late, rated, re-rated, apologised,
 * scanned, corrected to another day): after every step the sums equal a rebuild from scratch, and the overview
 * follows each step. Also the period presets and the exports.
 */
class FigureUpdatesTest {
    @TempDir
    Path dir;
    CentralDatabase db;
    ProvinceFigures figures;

    @BeforeEach
    void open() {
        db = CentralDatabase.open(TestDatabases.sqlite(dir), null, null, 2);
        sql("INSERT INTO office (code, name, change_seq, created_at) VALUES ('000.00.01.H22', 'Xã Quảng Phú', 0, 0)");
        sql("INSERT INTO office (code, name, change_seq, created_at) VALUES ('000.00.02.H22', 'Xã Đông Hòa', 0, 0)");
        sql("INSERT INTO device (id, office_code, desk_no, token_hash, rating_secret, enrolled_at, last_seen_at) "
                + "VALUES ('dev1', '000.00.01.H22', 1, 'h1', 's', 0, " + Instant.parse("2026-05-20T00:00:00Z")
                .toEpochMilli() + ")");
        figures = new ProvinceFigures(db, Clock.fixed(Instant.parse("2026-05-20T03:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyStep_equalsARebuild_andTheOverviewFollows() {
        Period may = FigurePeriods.month(2026, 5);
        dossier("d1", "000.00.01.H22-260504-0001", 2, "2026-05-04T09:00", "2026-05-05T17:00", null, null);
        CommuneRow r = step(may);
        assertThat(r.received()).isEqualTo(1);
        assertThat(r.overdueNow()).isEqualTo(1);
        // finished late (end 07/05, due 05/05)
        dossier("d1", "000.00.01.H22-260504-0001", 9, "2026-05-04T09:00", "2026-05-05T17:00", "2026-05-07T10:00", null);
        r = step(may);
        assertThat(r.resolvedLate()).isEqualTo(1);
        assertThat(r.overdueNow()).isZero();
        assertThat(r.onTimeRate()).isEqualTo(0.0);
        // rated "Không hài lòng" at the counter, then a later QR rating "Hài lòng" wins (the latest counts)
        sql("INSERT INTO counter_rating (dossier_code, office_code, dossier_id, level, reason, rated_at, desk_user, "
                + "event_id, device_id, change_seq, stored_at) VALUES ('000.00.01.H22-260504-0001', '000.00.01.H22', "
                + "'d1', 'DISSATISFIED', 'Chậm', '2026-05-07T11:00', 'admin', 'e1', 'dev1', 1, 0)");
        r = step(may);
        assertThat(r.dissatisfied()).isEqualTo(1);
        assertThat(r.satisfaction()).isEqualTo(0.0);
        sql("INSERT INTO rating (dossier_code, office_code, dossier_id, level, channel, rated_at, updated_at, "
                + "change_seq, state) VALUES ('000.00.01.H22-260504-0001', '000.00.01.H22', 'd1', 'SATISFIED', 'QR', "
                + Instant.parse("2026-05-08T02:00:00Z").toEpochMilli() + ", 0, 1, 'COUNTED')");
        r = step(may);
        assertThat(r.dissatisfied()).isZero();
        assertThat(r.ratings()).isEqualTo(1);
        assertThat(r.ratedSatisfied()).isEqualTo(1);
        // a void QR rating changes nothing
        sql("UPDATE rating SET state = 'VOID', level = 'DISSATISFIED'");
        r = step(may);
        assertThat(r.ratedDissatisfied()).isEqualTo(1); // the counter rating is the latest counted one again
        // an apology slip on 05/05 and a scan
        sql("INSERT INTO apology (event_id, dossier_id, office_code, reason, new_appointment, created_at, created_by, "
                + "device_id, stored_at) VALUES ('a1', 'd1', '000.00.01.H22', 'Chờ', '2026-05-08T17:00', "
                + "'2026-05-05T08:00', 'admin', 'dev1', 0)");
        sql("INSERT INTO blob (office_code, sha256, size_bytes, media_type, received, created_at, updated_at, "
                + "completed_at) VALUES ('000.00.01.H22', 'ab', 1, 'application/pdf', 1, 0, 0, 0)");
        sql("INSERT INTO attachment (id, dossier_id, office_code, document_index, document_name, sha256, file_name, "
                + "media_type, size_bytes, added_at, added_by, device_id, stored_at) VALUES ('t1', 'd1', "
                + "'000.00.01.H22', 0, 'Tờ khai', 'ab', 'a.pdf', 'application/pdf', 1, '2026-05-04T09:05', 'admin', "
                + "'dev1', 0)");
        r = step(may);
        assertThat(r.apologies()).isEqualTo(1);
        assertThat(r.digitised()).isEqualTo(1);
        assertThat(r.digitisationShare()).isEqualTo(1.0);
        // its receipt moved back to April (a correction): May loses it as new, counts it carried over... but it was
        // finished in May, so it is carried into May and resolved in it
        dossier("d1", "000.00.01.H22-260504-0001", 10, "2026-04-28T09:00", "2026-05-05T17:00", "2026-05-07T10:00",
                null);
        r = step(may);
        assertThat(r.received()).isZero();
        assertThat(r.carriedOver()).isEqualTo(1);
        assertThat(r.resolved()).isEqualTo(1);
        assertThat(r.digitised()).isZero();
        CommuneRow april = row(FigurePeriods.month(2026, 4));
        assertThat(april.received()).isEqualTo(1);
        assertThat(april.digitised()).isEqualTo(1);
        assertThat(april.resolved()).isZero();
    }

    @Test
    void periods_andExports() throws Exception {
        assertThat(FigurePeriods.reporting(FigurePeriods.Kind.QUARTER, 2026, 2))
                .isEqualTo(new Period(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 14)));
        assertThat(FigurePeriods.reporting(FigurePeriods.Kind.MONTH, 2026, 1))
                .isEqualTo(new Period(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 14)));
        assertThat(FigurePeriods.reporting(FigurePeriods.Kind.YEAR, 2026, 0))
                .isEqualTo(new Period(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14)));
        assertThat(FigurePeriods.quarter(2026, 4)).isEqualTo(new Period(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31)));
        dossier("d1", "000.00.01.H22-260504-0001", 9, "2026-05-04T09:00", "2026-05-05T17:00", "2026-05-05T10:00", null);
        db.write(c -> {
            FigureUpdates.apply(c, List.of("d1"));
            return null;
        });
        Overview o = figures.overview(OverviewQuery.of(FigurePeriods.month(2026, 5))
                .sortedBy(OverviewQuery.Sort.RECEIVED, true));
        assertThat(o.rows()).extracting(CommuneRow::officeName).containsExactly("Xã Quảng Phú", "Xã Đông Hòa");
        assertThat(o.total().received()).isEqualTo(1);
        assertThat(figures.overview(OverviewQuery.of(FigurePeriods.month(2026, 5)).filtered("dong hoa", false, false,
                null)).rows()).extracting(CommuneRow::officeCode).containsExactly("000.00.02.H22");
        assertThat(figures.overview(OverviewQuery.of(FigurePeriods.month(2026, 5)).filtered(null, true, false,
                null)).rows()).extracting(CommuneRow::officeCode).isEmpty(); // dev1 was seen 3 hours ago

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        OverviewExport.csv(o, csv);
        byte[] bytes = csv.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Xã Quảng Phú").contains("Toàn tỉnh").contains("Tỷ lệ đúng hạn (%)");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        OverviewExport.xlsx(o, xlsx);
        try (ReadableWorkbook wb = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertThat(rows.stream().map(x -> x.getCellText(1)).toList()).contains("Xã Quảng Phú", "Toàn tỉnh");
            var quangPhu = rows.stream().filter(x -> "Xã Quảng Phú".equals(x.getCellText(1))).findFirst().orElseThrow();
            assertThat(quangPhu.getCellText(2)).isEqualTo("1");
            assertThat(quangPhu.getCellText(8)).isEqualTo("100.0");
        }
    }

    /**
     * Many random transitions, corrections, apologies and ratings over two offices (seed printed): after each round
     * the counters of decision 0021 equal a recount, the tables equal a rebuild, and every figure of the overview,
     * for whole months, a year, and random periods cutting months anywhere, equals its definition counted straight
     * from the per-dossier figures. Overdue now at 10:00 on 20/05 includes today's dossiers due at 08:00, not those
     * due at 17:00, and never a dossier waiting for a supplement (5).
     */
    @Test
    void manyTransitions_countersEqualARecount_andEveryPeriodEqualsItsDefinition() {
        long seed = System.nanoTime();
        System.out.println("FigureUpdatesTest seed " + seed);
        Random rnd = new Random(seed);
        String[] offices = {"000.00.01.H22", "000.00.02.H22"};
        int[] statuses = {2, 4, 5, 6, 7, 8, 9, 10};
        LocalDate base = LocalDate.of(2026, 1, 1);
        int apologies = 0;
        for (int round = 0; round < 5; round++) {
            List<String> touched = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int n = rnd.nextInt(90);
                String id = "r" + n;
                String office = offices[n % 2];
                String code = office + "-" + id;
                LocalDateTime received = base.plusDays(rnd.nextInt(141)).atTime(8 + rnd.nextInt(9), 0);
                LocalDateTime due = received.toLocalDate().plusDays(rnd.nextInt(30)).atTime(rnd.nextBoolean() ? 8 : 17,
                        0);
                int status = statuses[rnd.nextInt(statuses.length)];
                String finished = status >= 7 ? received.plusDays(rnd.nextInt(40)).toString() : null;
                String rescheduled = rnd.nextInt(4) == 0 ? due.plusDays(rnd.nextInt(10)).toString() : null;
                dossier(office, id, code, status, received.toString(), due.toString(), finished, rescheduled);
                if (rnd.nextInt(5) == 0) {
                    String level = rnd.nextBoolean() ? "DISSATISFIED" : rnd.nextBoolean() ? "SATISFIED"
                            : "VERY_SATISFIED";
                    sql("DELETE FROM counter_rating WHERE dossier_code = '" + code + "'");
                    sql("INSERT INTO counter_rating (dossier_code, office_code, dossier_id, level, reason, rated_at, "
                            + "desk_user, event_id, device_id, change_seq, stored_at) VALUES ('" + code + "', '"
                            + office + "', '" + id + "', '" + level + "', 'Lý do', '"
                            + received.plusDays(rnd.nextInt(50)) + "', 'admin', 'e" + id + "', 'dev1', 1, 0)");
                }
                if (rnd.nextInt(6) == 0) {
                    sql("INSERT INTO apology (event_id, dossier_id, office_code, reason, new_appointment, created_at, "
                            + "created_by, device_id, stored_at) VALUES ('a" + (apologies++) + "', '" + id + "', '"
                            + office + "', 'Chờ', '" + due.plusDays(5) + "', '" + received.plusDays(rnd.nextInt(20))
                            + "', 'admin', 'dev1', 0)");
                }
                touched.add(id);
            }
            if (round == 4) { // today (20/05, now 10:00): due 08:00 is overdue, 17:00 not; waiting (5) never
                dossier(offices[0], "t1", "t1", 4, "2026-05-19T09:00", "2026-05-20T08:00", null, null);
                dossier(offices[0], "t2", "t2", 2, "2026-05-19T09:00", "2026-05-20T17:00", null, null);
                dossier(offices[0], "t3", "t3", 5, "2026-05-01T09:00", "2026-05-19T08:00", null, null);
                touched.addAll(List.of("t1", "t2", "t3"));
            }
            db.write(c -> {
                FigureUpdates.apply(c, touched);
                return null;
            });
            FigureTables.assertKeptEqualsRecountAndRebuild(db);
            List<Period> periods = new ArrayList<>(List.of(FigurePeriods.month(2026, 5), FigurePeriods.year(2026),
                    FigurePeriods.quarter(2026, 2), new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31))));
            for (int k = 0; k < 25; k++) {
                LocalDate from = LocalDate.of(2025, 12, 1).plusDays(rnd.nextInt(200));
                periods.add(new Period(from, from.plusDays(rnd.nextInt(120))));
            }
            for (Period p : periods) {
                Overview o = figures.overview(OverviewQuery.of(p));
                for (String office : offices) {
                    CommuneRow r = o.rows().stream().filter(x -> x.officeCode().equals(office)).findFirst()
                            .orElseThrow();
                    assertThat(figuresOf(r)).as(office + " " + p).isEqualTo(definitions(office, p));
                }
            }
        }
        CommuneRow today = row(FigurePeriods.month(2026, 5));
        assertThat(definitions("000.00.01.H22", FigurePeriods.month(2026, 5)).get(9)).isEqualTo(today.overdueNow());
        long overdueToday = count("SELECT count(*) FROM figure_dossier WHERE dossier_id IN ('t1', 't2', 't3') "
                + "AND due_at < '2026-05-20T10:00:00'");
        assertThat(overdueToday).isEqualTo(1);
    }

    private static List<Long> figuresOf(CommuneRow r) {
        return List.of(r.received(), r.receivedOnline(), r.carriedOver(), r.resolvedEarly(), r.resolvedOnTime(),
                r.resolvedLate(), r.digitised(), r.apologies(), r.ratings(), r.overdueNow(), r.dissatisfied(),
                r.ratedDissatisfied());
    }

    /** The overview's figures of one office and period, counted straight from figure_dossier (decision 0012). */
    private List<Long> definitions(String office, Period p) {
        String f = "'" + p.from() + "'";
        String t = "'" + p.to() + "'";
        String in = " BETWEEN " + f + " AND " + t;
        String o = " office_code = '" + office + "'";
        return List.of(
                count("SELECT count(*) FROM figure_dossier WHERE" + o + " AND received_day" + in),
                count("SELECT count(*) FROM figure_dossier WHERE" + o + " AND online = 1 AND received_day" + in),
                count("SELECT count(*) FROM figure_dossier WHERE" + o + " AND received_day < " + f
                        + " AND (closed_day IS NULL OR closed_day >= " + f + ")"),
                count("SELECT count(*) FROM figure_dossier WHERE" + o + " AND resolved_kind = 1 AND resolved_day" + in),
                count("SELECT count(*) FROM figure_dossier WHERE" + o + " AND resolved_kind = 2 AND resolved_day" + in),
                count("SELECT count(*) FROM figure_dossier WHERE" + o + " AND resolved_kind = 3 AND resolved_day" + in),
                count("SELECT count(*) FROM figure_dossier WHERE" + o + " AND digitised = 1 AND received_day" + in),
                count("SELECT count(*) FROM apology a JOIN figure_dossier d ON d.dossier_id = a.dossier_id WHERE d."
                        + o.trim() + " AND substr(a.created_at, 1, 10)" + in),
                count("SELECT count(*) FROM figure_dossier WHERE" + o + " AND substr(rating_at, 1, 10)" + in),
                count("SELECT count(*) FROM figure_dossier WHERE" + o + " AND due_at < '2026-05-20T10:00:00'"),
                count("SELECT count(*) FROM figure_dossier WHERE" + o + " AND dissatisfied_from <= " + t
                        + " AND (closed_day IS NULL OR closed_day >= " + f + ")"),
                count("SELECT count(*) FROM figure_dossier WHERE" + o + " AND rating_level = 'DISSATISFIED' AND "
                        + "substr(rating_at, 1, 10)" + in));
    }

    private long count(String sql) {
        return db.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private CommuneRow step(Period p) {
        db.write(c -> {
            FigureUpdates.apply(c, List.of("d1", "unknown"));
            return null;
        });
        FigureTables.assertKeptEqualsRecountAndRebuild(db);
        return row(p);
    }

    private CommuneRow row(Period p) {
        return figures.overview(OverviewQuery.of(p)).rows().stream()
                .filter(x -> x.officeCode().equals("000.00.01.H22")).findFirst().orElseThrow();
    }

    private void dossier(String id, String code, int status, String received, String due, String finished,
                         String rescheduled) {
        dossier("000.00.01.H22", id, code, status, received, due, finished, rescheduled);
    }

    private void dossier(String office, String id, String code, int status, String received, String due,
                         String finished, String rescheduled) {
        String name = switch (status) {
            case 2 -> "NEW";
            case 9 -> "RELEASING";
            case 10 -> "DONE";
            default -> "PROCESSING";
        };
        String data = "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"procedureCode\":\"1.001193\","
                + "\"procedureName\":\"Đăng ký khai sinh\",\"fieldCode\":\"HT\",\"fieldName\":\"Hộ tịch\","
                + "\"channel\":\"DIRECT\",\"status\":\"" + name + "\",\"receivedAt\":\"" + received + "\","
                + "\"appointmentAt\":\"" + due + "\""
                + (finished == null ? "" : ",\"finishedAt\":\"" + finished + "\"")
                + (rescheduled == null ? "" : ",\"rescheduledAt\":\"" + rescheduled + "\"") + "}";
        db.write(c -> {
            try (var ps = c.prepareStatement("DELETE FROM dossier WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                    + "attachment a WHERE a.dossier_id = dossier.id) AND NOT EXISTS (SELECT 1 FROM apology a WHERE "
                    + "a.dossier_id = dossier.id) AND NOT EXISTS (SELECT 1 FROM counter_rating r WHERE r.dossier_id "
                    + "= dossier.id)")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("INSERT INTO dossier (id, code, office_code, desk_no, status, version, "
                    + "procedure_code, procedure_name, received_at, appointment_at, data, change_seq, updated_at) "
                    + "VALUES (?, ?, ?, 1, ?, 1, '1.001193', 'Đăng ký khai sinh', ?, ?, ?, 1, 0) "
                    + "ON CONFLICT (id) DO UPDATE SET status = excluded.status, data = excluded.data, "
                    + "received_at = excluded.received_at")) {
                ps.setString(1, id);
                ps.setString(2, code);
                ps.setString(3, office);
                ps.setInt(4, status);
                ps.setString(5, received);
                ps.setString(6, due);
                ps.setString(7, data);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private void sql(String s) {
        db.write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate(s);
            }
            return null;
        });
    }
}
