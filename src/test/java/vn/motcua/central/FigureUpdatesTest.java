package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

    private CommuneRow step(Period p) {
        db.write(c -> {
            FigureUpdates.apply(c, List.of("d1", "unknown"));
            return null;
        });
        var kept = FigureTables.snapshot(db);
        db.write(FigureUpdates::rebuild);
        assertThat(FigureTables.snapshot(db)).isEqualTo(kept);
        return row(p);
    }

    private CommuneRow row(Period p) {
        return figures.overview(OverviewQuery.of(p)).rows().stream()
                .filter(x -> x.officeCode().equals("000.00.01.H22")).findFirst().orElseThrow();
    }

    private void dossier(String id, String code, int status, String received, String due, String finished,
                         String rescheduled) {
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
                    + "VALUES (?, ?, '000.00.01.H22', 1, ?, 1, '1.001193', 'Đăng ký khai sinh', ?, ?, ?, 1, 0) "
                    + "ON CONFLICT (id) DO UPDATE SET status = excluded.status, data = excluded.data, "
                    + "received_at = excluded.received_at")) {
                ps.setString(1, id);
                ps.setString(2, code);
                ps.setInt(3, status);
                ps.setString(4, received);
                ps.setString(5, due);
                ps.setString(6, data);
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
