package vn.motcua.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.desk.common.CurrentThreadTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.account.Role;
import vn.motcua.service.DeskContext;
import vn.motcua.service.DeskFixture;
import vn.motcua.store.SyncOutboxRepository;
import vn.motcua.sync.SyncStatus;

/** The sync screens' view models: what the status bar says, enrollment against a real server, the quarantine list. */
class SyncViewModelsTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 29, 15, 30);
    private static final Clock CLOCK = Clock.fixed(NOW.atZone(DeskContext.ZONE).toInstant(), DeskContext.ZONE);
    private static final Messages VI = Messages.forLanguage("vi");

    @TempDir
    static Path dir;
    private static TestCentral central;

    @BeforeAll
    static void startServer() throws Exception {
        central = TestCentral.start(dir.resolve("central"));
    }

    @AfterAll
    static void stopServer() {
        central.close();
    }

    private static SyncStatus status(boolean enrolled, Instant attempt, Instant success, int pending, int quarantined,
                                     String warning) {
        return new SyncStatus(enrolled, enrolled ? "http://127.0.0.1:1" : null, "000.00.01.H22", 1, pending,
                quarantined, attempt, success, attempt != null && !attempt.equals(success) ? "Không kết nối được" : null,
                null, warning, null, null, null, 0);
    }

    @Test
    void scannedFilesWaiting_areCountedInTheBarAndTheDetails() {
        SyncStatusViewModel vm = new SyncStatusViewModel(VI, CLOCK);
        Instant t = CLOCK.instant();
        vm.show(true, true, 0, 0, t, null, null, 2);
        assertThat(vm.textProperty().get()).contains("2 tệp số hóa chờ gửi").doesNotContain("đã đồng bộ");
        assertThat(vm.detailsProperty().get()).contains("Tệp số hóa chờ gửi lên máy chủ");
        vm.show(true, true, 0, 0, t, null, null, 0);
        assertThat(vm.textProperty().get()).contains("đã đồng bộ").doesNotContain("tệp");
    }

    @Test
    void statusBar_saysNotConnected_whileTheDeskIsNotEnrolled() {
        SyncStatusViewModel vm = new SyncStatusViewModel(VI, CLOCK);
        vm.show(status(false, null, null, 4, 0, null));
        assertThat(vm.textProperty().get()).isEqualTo("Chưa kết nối máy chủ");
        assertThat(vm.lookProperty().get()).isEqualTo(SyncStatusViewModel.Look.NOT_ENROLLED);
        assertThat(vm.enrolledProperty().get()).isFalse();
        assertThat(vm.clockWarningProperty().get()).isEmpty();
    }

    @Test
    void statusBar_online_upToDate() {
        Instant t = CLOCK.instant().minusSeconds(30);
        SyncStatusViewModel vm = new SyncStatusViewModel(VI, CLOCK);
        vm.show(status(true, t, t, 0, 0, null));
        assertThat(vm.textProperty().get()).isEqualTo("Đã kết nối · đã đồng bộ");
        assertThat(vm.lookProperty().get()).isEqualTo(SyncStatusViewModel.Look.ONLINE);
        assertThat(vm.detailsProperty().get()).contains("29/04/2026 15:29").doesNotContain("Lỗi");
    }

    @Test
    void statusBar_offline_showsPendingLastSuccessAndTheError() {
        Instant yesterday = CLOCK.instant().minusSeconds(86_400);
        SyncStatusViewModel vm = new SyncStatusViewModel(VI, CLOCK);
        vm.show(status(true, CLOCK.instant(), yesterday, 3, 0, null));
        assertThat(vm.textProperty().get())
                .isEqualTo("Mất kết nối máy chủ · 3 thay đổi chờ gửi · lần cuối 28/04/2026 15:30");
        assertThat(vm.lookProperty().get()).isEqualTo(SyncStatusViewModel.Look.OFFLINE);
        assertThat(vm.detailsProperty().get()).contains("Lỗi lần gần nhất: Không kết nối được");

        Instant earlierToday = CLOCK.instant().minusSeconds(3600);
        vm.show(status(true, CLOCK.instant(), earlierToday, 1, 0, null));
        assertThat(vm.textProperty().get()).endsWith("lần cuối 14:30");
    }

    @Test
    void statusBar_quarantineAndClockWarning_standOut() {
        Instant t = CLOCK.instant();
        SyncStatusViewModel vm = new SyncStatusViewModel(VI, CLOCK);
        vm.show(status(true, t, t, 0, 2, "Đồng hồ máy lệch 12 phút"));
        assertThat(vm.textProperty().get()).contains("2 lỗi đồng bộ");
        assertThat(vm.lookProperty().get()).isEqualTo(SyncStatusViewModel.Look.PROBLEM);
        assertThat(vm.clockWarningProperty().get()).isEqualTo("Đồng hồ máy lệch 12 phút");
        vm.show(status(true, t, t, 0, 0, null));
        assertThat(vm.clockWarningProperty().get()).isEmpty();
    }

    @Test
    void connection_refusesABadCode_thenEnrollsAndShowsWhatItIsEnrolledWith() {
        try (DeskFixture desk = DeskFixture.create(dir.resolve("desk-enroll"), 1, NOW)) {
            ConnectionViewModel vm = new ConnectionViewModel(desk.ctx().sync(), desk.admin(),
                    new CurrentThreadTaskExecutor(), VI, CLOCK);
            vm.load();
            assertThat(vm.enrolledServerProperty().get()).isEqualTo("Chưa đăng ký");
            assertThat(vm.catalogVersionProperty().get()).isEqualTo("bản cài sẵn trong máy");
            assertThat(vm.canEnrollProperty().get()).isFalse();

            vm.serverUrlProperty().set("ftp://sai");
            vm.codeProperty().set("AAAAA-BBBBB");
            vm.enroll(null);
            assertThat(vm.errorProperty().get()).contains("https://");

            vm.serverUrlProperty().set(central.url());
            vm.codeProperty().set("AAAAA-BBBBB-CCCCC-DDDDD");
            vm.enroll(null);
            assertThat(vm.errorProperty().get()).isNotEmpty();
            assertThat(vm.statusProperty().get().enrolled()).isFalse();

            boolean[] started = {false};
            vm.codeProperty().set(" " + central.code(1).toLowerCase() + " ");
            vm.deviceNameProperty().set("Quầy 1");
            vm.enroll(() -> started[0] = true);
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.messageProperty().get()).contains("Xã Quảng Phú").contains("quầy số 1");
            assertThat(started[0]).isTrue();
            assertThat(vm.codeProperty().get()).isEmpty();
            assertThat(vm.enrolledServerProperty().get()).isEqualTo(central.url());
            assertThat(vm.enrolledOfficeProperty().get()).isEqualTo(DeskFixture.AGENCY);
            assertThat(vm.enrolledDeskProperty().get()).isEqualTo("Quầy số 1");
        }
    }

    @Test
    void connection_isForAdministratorsOnly() {
        try (DeskFixture desk = DeskFixture.create(dir.resolve("desk-clerk"), 2, NOW)) {
            desk.ctx().accounts().create(desk.admin(), "canbo", "Trần Thị Cán Bộ", "Cán bộ", "", Role.CLERK,
                    "mat-khau-can-bo");
            var clerk = ((vn.motcua.service.AccountService.SignIn.Success) desk.ctx().accounts()
                    .signIn("canbo", "mat-khau-can-bo")).actor();
            ConnectionViewModel vm = new ConnectionViewModel(desk.ctx().sync(), clerk, new CurrentThreadTaskExecutor(),
                    VI, CLOCK);
            vm.serverUrlProperty().set(central.url());
            vm.codeProperty().set(central.code(2));
            vm.enroll(null);
            assertThat(vm.errorProperty().get()).contains("cần quyền Quản trị");
        }
    }

    @Test
    void quarantine_listsRefusedEvents_retriesAndResolvesWithANote() {
        try (DeskFixture desk = DeskFixture.create(dir.resolve("desk-quarantine"), 3, NOW)) {
            String a = desk.register("1.001193", "2026-04-29T15:00", "Nguyễn Văn An").dossier().code();
            String b = desk.register("1.001193", "2026-04-29T15:05", "Trần Thị Bình").dossier().code();
            quarantine(desk, "DOSSIER_CONFLICT", "Mã hồ sơ đã được dùng cho hồ sơ khác.");
            quarantine(desk, "PROCEDURE_UNKNOWN", "Thủ tục không có trong danh mục của tỉnh.");
            QuarantineViewModel vm = new QuarantineViewModel(desk.ctx().sync(), desk.admin(),
                    new CurrentThreadTaskExecutor(), VI);
            int[] changes = {0};
            vm.setOnChange(() -> changes[0]++);
            vm.load();
            assertThat(vm.events()).extracting(SyncOutboxRepository.Quarantined::dossierCode).containsExactlyInAnyOrder(a, b);
            assertThat(vm.typeLabel("DOSSIER_RECEIVED")).isEqualTo("Tiếp nhận hồ sơ");

            var first = vm.events().stream().filter(q -> q.dossierCode().equals(a)).findFirst().orElseThrow();
            vm.retry(first);
            assertThat(vm.messageProperty().get()).contains(a);
            assertThat(vm.events()).hasSize(1);
            assertThat(desk.ctx().sync().status().pendingEvents()).isEqualTo(1);

            var second = vm.events().get(0);
            vm.resolve(second, "   ");
            assertThat(vm.errorProperty().get()).isEqualTo("Cần ghi chú cách đã xử lý.");
            vm.resolve(second, "Đã báo Sở cập nhật danh mục");
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.events()).isEmpty();
            assertThat(changes[0]).isEqualTo(2);

            vm.includeResolvedProperty().set(true);
            assertThat(vm.events()).singleElement().satisfies(q -> {
                assertThat(q.open()).isFalse();
                assertThat(q.resolutionNote()).isEqualTo("Đã báo Sở cập nhật danh mục");
            });
            vm.retry(vm.events().get(0));
            assertThat(vm.errorProperty().get()).isEqualTo("Chọn một thay đổi chưa xử lý trong danh sách.");
        }
    }

    private static void quarantine(DeskFixture desk, String code, String reason) {
        SyncOutboxRepository outbox = new SyncOutboxRepository();
        desk.ctx().database().write(c -> {
            UUID id = outbox.pending(c, 10).get(0).eventId();
            outbox.quarantine(c, id, code, reason, OffsetDateTime.now(CLOCK).toInstant());
            return null;
        });
    }
}
