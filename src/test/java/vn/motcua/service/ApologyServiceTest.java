package vn.motcua.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.dossier.TimeFlag;
import vn.motcua.report.Period;
import vn.motcua.report.PeriodReport;
import vn.motcua.service.ApologyService.AtRisk;
import vn.motcua.service.DashboardService.Figure;

/** Apology slips over {@link DashboardFixture} (clock Wednesday 13/05/2026 10:00). */
class ApologyServiceTest {
    @TempDir
    Path dir;
    DeskFixture desk;
    Actor supervisor;

    @BeforeEach
    void setUp() {
        desk = DashboardFixture.create(dir);
        supervisor = desk.ctx().accounts().actor("lanhdao").orElseThrow();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void atRisk_listsOpenDossiersDueByTheNextWorkingDayOrLate() {
        assertThat(desk.ctx().apologies().atRisk(supervisor)).extracting(AtRisk::code).containsExactly(
                DashboardFixture.code("D1"), DashboardFixture.code("B2"), DashboardFixture.code("B1"),
                DashboardFixture.code("C1"));
        assertThat(desk.ctx().apologies().atRisk(supervisor)).extracting(AtRisk::alreadyLate)
                .containsExactly(true, true, false, false);
    }

    @Test
    void apology_movesTheLiveFlags_butTheStatisticsStillCountLate() throws Exception {
        LocalDateTime newDate = LocalDateTime.of(2026, 5, 20, 16, 0);
        var entry = desk.ctx().apologies().apologise(supervisor, DashboardFixture.code("B2"),
                "  Chờ xác minh của Công an xã  ", newDate);
        assertThat(entry.reason()).isEqualTo("Chờ xác minh của Công an xã");
        assertThat(entry.previousAppointment()).isEqualTo(LocalDateTime.of(2026, 5, 13, 8, 0));

        var d = desk.ctx().dossiers().show(DashboardFixture.code("B2"), supervisor).orElseThrow();
        assertThat(d.dossier().rescheduledAt()).isEqualTo(newDate);
        assertThat(d.timeFlag()).isEqualTo(TimeFlag.WITHIN_TIME);
        assertThat(desk.ctx().dashboard().figures(supervisor).total().get(Figure.OVERDUE)).isEqualTo(1);
        assertThat(desk.ctx().apologies().atRisk(supervisor)).extracting(AtRisk::code)
                .doesNotContain(DashboardFixture.code("B2"));
        // Biểu II.06a to 14/05: B2 is still overdue against its statutory appointment (13/05), like D2
        var report = desk.ctx().database().read(c -> PeriodReport.compute(c,
                new Period(LocalDate.of(2026, 5, 13), LocalDate.of(2026, 5, 14))));
        var hoTich = report.rows().stream().filter(r -> r.fieldCode().equals(DashboardFixture.HO_TICH))
                .findFirst().orElseThrow();
        assertThat(hoTich.overdue()).isEqualTo(3); // D1, D2 and B2: the apologies of D2 and B2 do not count

        // a reprint from the dossier with nothing typed prints the saved apology: its reason and its new date
        byte[] reprint = desk.ctx().print().formPdf(vn.motcua.print.FormType.APOLOGY, DashboardFixture.code("B2"),
                supervisor, null);
        assertThat(vn.motcua.print.PdfText.flat(reprint)).contains("Lý do: Chờ xác minh của Công an xã",
                "16 giờ 00 phút, ngày 20 tháng 05 năm 2026");

        assertThat(desk.ctx().apologies().register(supervisor, LocalDate.of(2026, 5, 13),
                LocalDate.of(2026, 5, 13))).singleElement().satisfies(e -> {
                    assertThat(e.code()).isEqualTo(DashboardFixture.code("B2"));
                    assertThat(e.applicant()).isEqualTo("Người nộp B2");
                    assertThat(e.createdBy()).isEqualTo("lanhdao");
                });
    }

    @Test
    void badInput_isRefusedWithReasons_andNothingChanges() {
        var svc = desk.ctx().apologies();
        assertThatThrownBy(() -> svc.apologise(supervisor, DashboardFixture.code("B2"), " ",
                LocalDateTime.of(2026, 5, 12, 8, 0)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("lý do").hasMessageContaining("sau thời điểm hiện tại");
        assertThatThrownBy(() -> svc.apologise(supervisor, DashboardFixture.code("D2"), "Chậm",
                LocalDateTime.of(2026, 5, 19, 8, 0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("sau ngày hẹn hiện tại");
        assertThatThrownBy(() -> svc.apologise(supervisor, DashboardFixture.code("F1"), "Chậm",
                LocalDateTime.of(2026, 5, 19, 8, 0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("không còn đang giải quyết");
        Actor clerk = desk.ctx().accounts().actor("canbo1").orElseThrow();
        assertThatThrownBy(() -> svc.apologise(clerk, DashboardFixture.code("B2"), "Chậm",
                LocalDateTime.of(2026, 5, 19, 8, 0))).isInstanceOf(AccessDeniedException.class);
        assertThat(svc.register(supervisor, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
    }
}
