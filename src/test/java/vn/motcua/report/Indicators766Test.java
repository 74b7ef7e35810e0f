package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.RatingRepository;

/**
 * The Decision 766 indicators against a fixture counted by hand per DOMAIN.md §5.4 and §7.3 (April 2026):
 * <pre>
 *  D1 online, recv 02/04, finished 05/04, due 10/04 — early;     digitised (1);  QR Hài lòng 06/04
 *  D2 direct, recv 03/04, finished 10/04, due 10/04 — on time;  not digitised;  QR Không hài lòng 12/04
 *  D3 direct, recv 04/04, finished 15/04, due 10/04 — late;     digitised (2);  counter Không hài lòng 03/05 (after)
 *  D4 direct, recv 20/04, processing, due 05/05 — in progress;  not digitised;  counter Rất hài lòng 21/04
 *  D5 online, recv 20/03 (carried over), processing, due 10/04; digitised but not new in April;
 *                                                  QR Không hài lòng 25/03, then counter Hài lòng 15/04 (latest)
 *  D6 direct, recv 25/04, refused at intake (3) — left out
 *  D7 direct, recv 01/03, finished 10/03 — left out;           QR Không hài lòng 02/04
 * </pre>
 * II.06a: dossiers (3) = 5 (D1–D5), new online (4) = 1, new direct (5) = 3, resolved (7) = 3, early 1, on time 1.
 * <ul>
 *   <li>on time = (1 + 1) / 3 = 66.7 %; online share = 1 / 4 = 25 %; online payment: no data;</li>
 *   <li>digitised = D1, D3 of the 4 new = 50 %;</li>
 *   <li>satisfaction §5.4 = (5 − 1 [D2; D3's rating came after the period, D5's latest is satisfied, D7 is not a
 *       dossier of the period]) / 5 = 80 %;</li>
 *   <li>raters satisfied (ratings given in April, latest per dossier: D1 HL, D2 KHL, D4 RHL, D5 HL, D7 KHL) = 3 / 5
 *       = 60 % — what the old code reported as the 766 figure.</li>
 * </ul>
 */
class Indicators766Test {
    @TempDir
    Path dir;
    Database db;
    final Map<String, Dossier> byKey = new HashMap<>();
    int n;

    @BeforeEach
    void fixture() {
        db = Database.open(dir.resolve("r.db"));
        add("D1", Channel.ONLINE, DossierStatus.RELEASING, "04-02", "04-10", "04-05", 1);
        add("D2", Channel.DIRECT, DossierStatus.DONE, "04-03", "04-10", "04-10", 0);
        add("D3", Channel.DIRECT, DossierStatus.RELEASING, "04-04", "04-10", "04-15", 2);
        add("D4", Channel.DIRECT, DossierStatus.PROCESSING, "04-20", "05-05", null, 0);
        add("D5", Channel.ONLINE, DossierStatus.PROCESSING, "03-20", "04-10", null, 1);
        add("D6", Channel.DIRECT, DossierStatus.DENIED, "04-25", null, null, 0);
        add("D7", Channel.DIRECT, DossierStatus.DONE, "03-01", "03-05", "03-10", 0);
        qr("D1", "SATISFIED", "2026-04-06T02:00:00Z");
        qr("D2", "DISSATISFIED", "2026-04-12T03:00:00Z");
        counter("D3", "DISSATISFIED", "2026-05-03T09:00:00");
        counter("D4", "VERY_SATISFIED", "2026-04-21T09:00:00");
        qr("D5", "DISSATISFIED", "2026-03-25T02:00:00Z");
        counter("D5", "SATISFIED", "2026-04-15T09:00:00");
        qr("D7", "DISSATISFIED", "2026-04-02T02:00:00Z");
    }

    @Test
    void everyIndicator_matchesTheHandCount() {
        Indicators766 i = db.read(c -> Indicators766.compute(c, april()));
        assertThat(i.onTimeRate()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(i.onlineShare()).isCloseTo(0.25, within(1e-9));
        assertThat(i.onlinePaymentShare()).isNull();
        assertThat(i.digitisationShare()).isCloseTo(0.5, within(1e-9));
        assertThat(i.dossiers()).isEqualTo(5);
        assertThat(i.dissatisfiedDossiers()).isEqualTo(1);
        assertThat(i.satisfactionIndex()).isCloseTo(0.8, within(1e-9));
        assertThat(i.satisfiedRatersShare()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void everyExport_printsTheDefinitionUnderEachFigure() throws Exception {
        ReportTable t = db.read(c -> Indicators766.compute(c, april())).table("Xã Quảng Phú");
        assertThat(t.rows()).hasSize(12);
        for (int r = 0; r < t.rows().size(); r += 2) {
            assertThat(t.rows().get(r + 1).get(0).toString()).as("under " + t.rows().get(r).get(0))
                    .matches("^(Cách tính|Không phải chỉ số QĐ 766).*");
        }
        assertThat(t.rows().get(0)).containsExactly("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", "2/3", 66.7);
        assertThat(t.rows().get(2)).containsExactly("Tỷ lệ hồ sơ tiếp nhận trực tuyến", "1/4", 25.0);
        assertThat(t.rows().get(4)).containsExactly("Tỷ lệ hồ sơ thanh toán trực tuyến", "chưa có số liệu", "—");
        assertThat(t.rows().get(6)).containsExactly("Tỷ lệ hồ sơ được số hóa khi tiếp nhận", "2/4", 50.0);
        assertThat(t.rows().get(8)).containsExactly("Mức độ hài lòng trong tiếp nhận, giải quyết TTHC", "4/5", 80.0);
        assertThat(t.rows().get(10)).containsExactly("Tỷ lệ người đánh giá hài lòng (trong số người đã đánh giá)",
                "3/5", 60.0);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CsvExport.write(t, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Mức độ hài lòng trong tiếp nhận").contains(Indicators766.DEF_SATISFACTION)
                .contains(Indicators766.DEF_ONLINE).contains(Indicators766.DEF_PAYMENT);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        XlsxExport.write(t, xlsx);
        assertThat(unzippedSharedStrings(xlsx.toByteArray())).contains("Cách tính (QĐ 766, nhóm Mức độ hài lòng)");
        byte[] pdf = ReportPdf.render(t);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static String unzippedSharedStrings(byte[] xlsx) throws Exception {
        StringBuilder sb = new StringBuilder();
        Path file = java.nio.file.Files.write(java.nio.file.Files.createTempFile("ind", ".xlsx"), xlsx);
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".xml")) {
                    sb.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        // the writer may escape non-ASCII letters as character references: read them back
        var m = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(sb);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(Character.toString(cp)));
        }
        return m.appendTail(out).toString();
    }

    private static Period april() {
        return new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
    }

    private void add(String key, Channel channel, DossierStatus status, String received, String appointment,
                     String finished, int digitised) {
        Dossier d = PeriodReportTest.dossier(++n, "HT", channel, received, appointment)
                .finishedAt(finished == null ? null : PeriodReportTest.at(finished, 10))
                .returnedAt(status == DossierStatus.DONE ? PeriodReportTest.at(finished, 11) : null)
                .status(status)
                .build();
        byKey.put(key, d);
        db.write(c -> {
            new DossierRepository().insert(c, d, LocalDateTime.now());
            try (var ps = c.prepareStatement("UPDATE dossier SET digitised_components = ? WHERE id = ?")) {
                ps.setInt(1, digitised);
                ps.setString(2, d.id().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private void qr(String key, String level, String at) {
        Dossier d = byKey.get(key);
        db.write(c -> {
            new RatingRepository().upsert(c, new RatingRepository.Rating(d.code(), d.id().toString(), level, null,
                    null, "QR", at, at, 1));
            return null;
        });
    }

    private void counter(String key, String level, String at) {
        Dossier d = byKey.get(key);
        db.write(c -> {
            try (var ps = c.prepareStatement("INSERT INTO counter_rating (dossier_code, dossier_id, level, reason, "
                    + "rated_at, desk_user) VALUES (?, ?, ?, ?, ?, 'canbo')")) {
                ps.setString(1, d.code());
                ps.setString(2, d.id().toString());
                ps.setString(3, level);
                ps.setString(4, level.equals("DISSATISFIED") ? "Chờ lâu" : null);
                ps.setString(5, at);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
