package vn.motcua.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.DashboardService.Counts;
import vn.motcua.service.DashboardService.Figure;
import vn.motcua.service.DashboardService.Line;

/** The supervisor's figures against {@link DashboardFixture}, whose expected numbers are counted by hand. */
class DashboardServiceTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;
    static Actor supervisor;

    @BeforeAll
    static void setUp() {
        desk = DashboardFixture.create(dir);
        supervisor = desk.ctx().accounts().actor("lanhdao").orElseThrow();
    }

    @AfterAll
    static void close() {
        desk.close();
    }

    @Test
    void totals_matchTheHandCount() {
        Counts t = desk.ctx().dashboard().figures(supervisor).total();
        assertThat(t.get(Figure.RECEIVED_TODAY)).isEqualTo(1);
        assertThat(t.get(Figure.DUE_TODAY)).isEqualTo(1);
        // the side bar's definition: due from now up to 24 hours ahead (B1 today 16:00, C1 tomorrow 10:00)
        assertThat(t.get(Figure.DUE_SOON)).isEqualTo(2);
        assertThat(t.get(Figure.OVERDUE)).isEqualTo(2);
        assertThat(t.get(Figure.WAITING_LONG)).isEqualTo(1);
        assertThat(t.get(Figure.RETURNED_TODAY)).isEqualTo(1);
        assertThat(t.get(Figure.QUARANTINED)).isEqualTo(1);
    }

    @Test
    void perClerkAndPerField_splitTheTotals() {
        var f = desk.ctx().dashboard().figures(supervisor);
        Counts one = f.perClerk().stream().filter(c -> c.key().equals(DashboardFixture.clerkId("canbo1"))).findFirst().orElseThrow();
        Counts two = f.perClerk().stream().filter(c -> c.key().equals(DashboardFixture.clerkId("canbo2"))).findFirst().orElseThrow();
        assertThat(one.label()).isEqualTo("Trần Văn Một");
        assertThat(one.get(Figure.RECEIVED_TODAY)).isEqualTo(1);
        assertThat(one.get(Figure.OVERDUE)).isEqualTo(1);
        assertThat(one.get(Figure.WAITING_LONG)).isEqualTo(1);
        assertThat(two.get(Figure.OVERDUE)).isEqualTo(1);
        assertThat(two.get(Figure.DUE_TODAY)).isEqualTo(1);
        assertThat(two.get(Figure.DUE_SOON)).isEqualTo(2);
        assertThat(two.get(Figure.RETURNED_TODAY)).isEqualTo(1);
        assertThat(two.get(Figure.QUARANTINED)).isEqualTo(1);
        Counts hoTich = f.perField().stream().filter(c -> c.label().equals("Hộ tịch")).findFirst().orElseThrow();
        assertThat(hoTich.get(Figure.OVERDUE)).isEqualTo(2);
        assertThat(hoTich.get(Figure.RECEIVED_TODAY)).isEqualTo(1);
    }

    @Test
    void overdueList_isExactlyTheOverdueDossiers_mostLateFirst_withDaysLate() {
        var lines = desk.ctx().dashboard().list(supervisor, Figure.OVERDUE, DashboardService.DEFAULT_WAITING_DAYS);
        assertThat(lines).extracting(Line::code)
                .containsExactly(DashboardFixture.code("D1"), DashboardFixture.code("B2"));
        assertThat(lines).extracting(Line::daysLate).containsExactly(3L, 1L);
        assertThat(lines.get(0).clerk()).isEqualTo("Trần Văn Một");
    }

    @Test
    void listsFilterByClerkAndField() {
        var svc = desk.ctx().dashboard();
        assertThat(svc.list(supervisor, Figure.OVERDUE, 5, DashboardFixture.clerkId("canbo2"), null)).extracting(Line::code)
                .containsExactly(DashboardFixture.code("B2"));
        assertThat(svc.list(supervisor, Figure.DUE_SOON, 5, null, DashboardFixture.CHUNG_THUC))
                .extracting(Line::code).containsExactly(DashboardFixture.code("B1"), DashboardFixture.code("C1"));
    }

    @Test
    void dueSoonAndOverdue_countExactlyAsTheSideBarQueues() {
        var t = desk.ctx().dashboard().figures(supervisor).total();
        var queues = desk.ctx().queues().counts();
        assertThat(t.get(Figure.DUE_SOON)).isEqualTo(queues.get(QueueService.Queue.DUE_SOON));
        assertThat(t.get(Figure.OVERDUE)).isEqualTo(queues.get(QueueService.Queue.OVERDUE));
    }

    @Test
    void pages_carryTheTotal_andReachTheLastRow() {
        var svc = desk.ctx().dashboard();
        var first = svc.page(supervisor, Figure.OVERDUE, 5, null, null, 0, 1);
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.lines()).extracting(Line::code).containsExactly(DashboardFixture.code("D1"));
        var second = svc.page(supervisor, Figure.OVERDUE, 5, null, null, 1, 1);
        assertThat(second.offset()).isEqualTo(1);
        assertThat(second.lines()).extracting(Line::code).containsExactly(DashboardFixture.code("B2"));
    }

    @Test
    void waitingDays_isAParameter() {
        assertThat(desk.ctx().dashboard().figures(supervisor, 2).total().get(Figure.WAITING_LONG)).isEqualTo(2);
    }

    @Test
    void aClerk_isRefused() {
        Actor clerk = desk.ctx().accounts().actor("canbo1").orElseThrow();
        assertThatThrownBy(() -> desk.ctx().dashboard().figures(clerk))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Lãnh đạo/Giám sát");
    }
}
