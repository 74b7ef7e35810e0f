package vn.motcua.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.TimeFlag;
import vn.motcua.service.QueueService.Queue;
import vn.motcua.store.QueueRepository.Sort;

/** The desk's queues: counts, the due-soon and overdue windows, search inside a queue, database-side sorting. */
class QueueServiceTest {
    @TempDir
    Path dir;
    private DeskFixture desk;

    @BeforeEach
    void setUp() {
        // Wednesday 6 May 2026, 10:00
        desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 5, 6, 10, 0));
        // same-day procedure received Monday 4 May 08:00 → due 4 May 17:00: overdue by now
        register("1.001193", "2026-05-04T08:00", "Nguyễn Văn Đức", "038095001234");
        // received now, same day → due today 17:00: due soon (24 h window)
        register("1.001193", "2026-05-06T09:30", "Trần Thị Mai", "001199012345");
        // 3 working days → due next week: within time, then moved to processing
        register("1.004873", "2026-05-06T09:40", "Lê Hoàng Nam", "040090004567");
        desk.ctx().dossiers().apply(code("Lê Hoàng Nam"), DossierAction.TRANSFER, desk.admin(), null, null, null);
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    private void register(String procedure, String at, String name, String id) {
        desk.ctx().registration().register(DeskFixture.request(procedure, at, name, id), desk.admin());
    }

    private String code(String name) {
        return desk.ctx().dossiers().search(name, 1).get(0).code();
    }

    @Test
    void counts_perQueue_includingTheTimedOnes() {
        var counts = desk.ctx().queues().counts();
        assertThat(counts.get(Queue.NEW)).isEqualTo(2);
        assertThat(counts.get(Queue.PROCESSING)).isEqualTo(1);
        assertThat(counts.get(Queue.OVERDUE)).isEqualTo(1);
        assertThat(counts.get(Queue.DUE_SOON)).isEqualTo(1);
        assertThat(counts.get(Queue.ALL)).isEqualTo(3);
        assertThat(counts.get(Queue.DONE)).isZero();
    }

    @Test
    void overdueQueue_showsDaysLate_andTheMostUrgentFirst() {
        var page = desk.ctx().queues().page(Queue.OVERDUE, "", null, false, 0, 50);
        assertThat(page.total()).isEqualTo(1);
        var row = page.rows().get(0);
        assertThat(row.dossier().applicant().fullName()).isEqualTo("Nguyễn Văn Đức");
        assertThat(row.timeFlag()).isEqualTo(TimeFlag.OVERDUE);
        assertThat(row.daysLate()).isEqualTo(2);
        assertThat(desk.ctx().queues().page(Queue.DUE_SOON, "", null, false, 0, 50).rows())
                .extracting(r -> r.timeFlag()).containsExactly(TimeFlag.DUE_SOON);
    }

    @Test
    void search_withinAQueue_ignoresDiacritics() {
        assertThat(desk.ctx().queues().page(Queue.NEW, "tran thi mai", null, false, 0, 50).rows())
                .extracting(r -> r.dossier().applicant().fullName()).containsExactly("Trần Thị Mai");
        assertThat(desk.ctx().queues().page(Queue.PROCESSING, "tran thi mai", null, false, 0, 50).total()).isZero();
        assertThat(desk.ctx().queues().page(Queue.ALL, "0912345678", null, false, 0, 50).total()).isEqualTo(3);
    }

    @Test
    void sorting_andPaging_happenInTheDatabase() {
        List<String> byName = desk.ctx().queues().page(Queue.ALL, "", Sort.APPLICANT, true, 0, 50).rows().stream()
                .map(r -> r.dossier().applicant().fullName()).toList();
        assertThat(byName).containsExactly("Lê Hoàng Nam", "Nguyễn Văn Đức", "Trần Thị Mai");
        var second = desk.ctx().queues().page(Queue.ALL, "", Sort.RECEIVED, false, 1, 1);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.rows()).extracting(r -> r.dossier().applicant().fullName()).containsExactly("Trần Thị Mai");
    }

    @Test
    void searchBox_findsAsTheSearchScreenDoes_exactCodeAndIdFirst_withinTheQueue() {
        String mai = code("Trần Thị Mai");
        // a whole code: the unique index, in its queue and in "all", not in another queue
        assertThat(desk.ctx().queues().page(Queue.NEW, mai, null, false, 0, 50).rows())
                .extracting(r -> r.dossier().code()).containsExactly(mai);
        assertThat(desk.ctx().queues().page(Queue.PROCESSING, mai, null, false, 0, 50).total()).isZero();
        // a whole ID number: the exact term
        assertThat(desk.ctx().queues().page(Queue.ALL, "040090004567", null, false, 0, 50).rows())
                .extracting(r -> r.dossier().applicant().fullName()).containsExactly("Lê Hoàng Nam");
        // an ID prefix and a name prefix still find (the passes after the whole terms)
        assertThat(desk.ctx().queues().page(Queue.ALL, "0381", null, false, 0, 50).rows()).isEmpty();
        assertThat(desk.ctx().queues().page(Queue.ALL, "03809", null, false, 0, 50).rows())
                .extracting(r -> r.dossier().applicant().fullName()).containsExactly("Nguyễn Văn Đức");
        assertThat(desk.ctx().queues().page(Queue.ALL, "ngu", null, false, 0, 50).rows())
                .extracting(r -> r.dossier().applicant().fullName()).containsExactly("Nguyễn Văn Đức");
        // the timed queue's window applies inside the search: Đức is overdue, Mai only due soon
        assertThat(desk.ctx().queues().page(Queue.OVERDUE, "0912345678", null, false, 0, 50).rows())
                .extracting(r -> r.dossier().applicant().fullName()).containsExactly("Nguyễn Văn Đức");
        assertThat(desk.ctx().queues().page(Queue.DUE_SOON, "0912345678", null, false, 0, 50).rows())
                .extracting(r -> r.dossier().applicant().fullName()).containsExactly("Trần Thị Mai");
    }

    @Test
    void searchBox_sortsAndPagesAmongTheMatches() {
        var byName = desk.ctx().queues().page(Queue.ALL, "0912345678", Sort.APPLICANT, true, 0, 2);
        assertThat(byName.total()).isEqualTo(3);
        assertThat(byName.rows()).extracting(r -> r.dossier().applicant().fullName())
                .containsExactly("Lê Hoàng Nam", "Nguyễn Văn Đức");
        var last = desk.ctx().queues().page(Queue.ALL, "0912345678", Sort.APPLICANT, true, 2, 2);
        assertThat(last.offset()).isEqualTo(2);
        assertThat(last.rows()).extracting(r -> r.dossier().applicant().fullName()).containsExactly("Trần Thị Mai");
    }
}
