package vn.motcua.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.rating.RatingLevel;
import vn.motcua.report.Indicators766;
import vn.motcua.report.Period;
import vn.motcua.report.ReportPdf;
import vn.motcua.report.SatisfactionReport;
import vn.motcua.store.RatingRepository;

/** Counter ratings, QR ratings from sync, and the satisfaction report over {@link DashboardFixture}. */
class CounterRatingServiceTest {
    @TempDir
    Path dir;
    DeskFixture desk;
    Actor clerk;
    Actor supervisor;

    @BeforeEach
    void setUp() {
        desk = DashboardFixture.create(dir);
        clerk = desk.ctx().accounts().actor("canbo2").orElseThrow();
        supervisor = desk.ctx().accounts().actor("lanhdao").orElseThrow();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void oneRatingPerDossier_reasonForDissatisfied_refusedBeforeReceipt() {
        var svc = desk.ctx().ratings();
        String f1 = DashboardFixture.code("F1");
        assertThat(svc.find(clerk, f1.toLowerCase()).applicant()).isEqualTo("Người nộp F1");
        assertThatThrownBy(() -> svc.rate(clerk, f1, RatingLevel.DISSATISFIED, "  "))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lý do");
        svc.rate(clerk, f1, RatingLevel.DISSATISFIED, "Chờ lâu ở quầy");
        assertThatThrownBy(() -> svc.rate(clerk, f1, RatingLevel.SATISFIED, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("chỉ đánh giá một lần");
        assertThatThrownBy(() -> svc.find(clerk, DashboardFixture.code("A2")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("chưa có kết quả");
        // a counter rating counts only for a dossier with its result (DOMAIN.md §5): not while it is processed
        assertThatThrownBy(() -> svc.rate(clerk, DashboardFixture.code("B1"), RatingLevel.SATISFIED, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("chưa có kết quả");
        assertThatThrownBy(() -> svc.find(clerk, "KHONG-CO")).isInstanceOf(ValidationException.class);
        assertThat(desk.count("counter_rating")).isEqualTo(1);
        // and it travels: one COUNTER_RATED event in the outbox
        Integer events = desk.ctx().database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT count(*) FROM outbox WHERE type = 'COUNTER_RATED'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(events).isEqualTo(1);
    }

    @Test
    void aDossierRatedByQr_cannotBeRatedAgainAtTheCounter() {
        syncedQr("F2", "VERY_SATISFIED", null, "2026-05-12T02:00:00Z");
        assertThatThrownBy(() -> desk.ctx().ratings().find(clerk, DashboardFixture.code("F2")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("đã được đánh giá");
    }

    @Test
    void report_countsBothChannels_byWeekClerkProcedure_andListsComplaints() throws Exception {
        var svc = desk.ctx().ratings();
        svc.rate(clerk, DashboardFixture.code("F1"), RatingLevel.DISSATISFIED, "Chờ lâu ở quầy");
        desk.ctx().dossiers().apply(DashboardFixture.code("B1"), vn.motcua.domain.dossier.DossierAction.FINISH,
                supervisor, null, null, null);
        svc.rate(clerk, DashboardFixture.code("B1"), RatingLevel.SATISFIED, null);
        syncedQr("F2", "VERY_SATISFIED", null, "2026-05-05T02:00:00Z"); // Tuesday of the week before
        syncedQr("D3", "SATISFIED", null, "2026-04-01T02:00:00Z");       // outside the period
        SatisfactionReport r = svc.report(supervisor, new Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.distribution()).containsEntry(RatingLevel.VERY_SATISFIED, 1)
                .containsEntry(RatingLevel.SATISFIED, 1).containsEntry(RatingLevel.DISSATISFIED, 1);
        assertThat(r.satisfactionRatio()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.weekly()).extracting(SatisfactionReport.Group::label)
                .containsExactly("27/04", "04/05", "11/05", "18/05", "25/05");
        assertThat(r.weekly()).extracting(SatisfactionReport.Group::total).containsExactly(0, 1, 2, 0, 0);
        assertThat(r.perClerk()).singleElement().satisfies(g -> {
            assertThat(g.label()).isEqualTo("Lê Thị Hai");
            assertThat(g.total()).isEqualTo(3);
        });
        assertThat(r.dissatisfied()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo("Chờ lâu ở quầy");
            assertThat(x.channel()).isEqualTo("COUNTER");
        });
        assertThatThrownBy(() -> svc.report(clerk, r.period())).isInstanceOf(AccessDeniedException.class);

        var table = r.table("Xã Quảng Phú");
        assertThat(table.columns()).contains("Mức độ hài lòng|Rất hài lòng", "Mức độ hài lòng|Bình thường",
                "Mức độ hài lòng|Rất không hài lòng", "Tỷ lệ người đánh giá hài lòng (%)");
        assertThat(table.rows().get(0)).containsExactly("Toàn đơn vị", null, 1, 1, 0, 1, 0, 3, 66.7);
        byte[] pdf = ReportPdf.render(table);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Indicators766 ind = desk.ctx().database().read(c -> Indicators766.compute(c,
                new Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31))));
        assertThat(ind.satisfiedRatersShare()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ind.digitisationShare()).isEqualTo(0.0);
    }

    private void syncedQr(String key, String level, String reason, String at) {
        desk.ctx().database().write(c -> {
            new RatingRepository().upsert(c, new RatingRepository.Rating(DashboardFixture.code(key),
                    DashboardFixture.id(key).toString(), level, reason, null, "QR", at, at, 1));
            return null;
        });
    }
}
