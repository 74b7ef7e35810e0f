package vn.motcua.sync;

import java.nio.file.Path;
import java.time.Duration;
import vn.motcua.central.CentralContext;
import vn.motcua.central.http.CentralServer;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.DeskContext;
import vn.motcua.service.DeskSettings;
import vn.motcua.service.SetupService;

/** Desks of one office set up and enrolled with a real central server, for the end-to-end sync tests. */
final class OfficeDesks {
    private OfficeDesks() {
    }

    /** A desk of {@code office} set up as desk {@code no} under {@code dir/desk-no}. */
    static DeskContext desk(Path dir, String office, int no) {
        DeskContext d = DeskContext.open(dir.resolve("desk-" + no));
        d.setup().setup(new SetupService.SetupRequest("Xã Quảng Phú", office, no, null, null, null, "admin",
                "Nguyễn Thị Quản Trị", "mat-khau-quan-tri"), false);
        d.calendar().putSetting(DeskSettings.BLOCK_SIZE, "3000", admin(d));
        return d;
    }

    /** The desk's sync engine, enrolled with the server as desk {@code no}. */
    static SyncEngine enrolled(CentralContext central, CentralServer server, String office, DeskContext d, int no) {
        SyncEngine e = new SyncEngine(d.database(), d.clock(), new SyncClient(d.clock(), Duration.ofSeconds(5),
                Duration.ofSeconds(30)), new SyncEngine.Options(100, 200, 3, Duration.ofMillis(5),
                Duration.ofMillis(50), 1));
        e.enroll(server.baseUrl(), central.enrollment().issue(office, no, Duration.ofHours(1)).enrollmentCode(),
                "Quầy " + no, "test");
        return e;
    }

    static Actor admin(DeskContext d) {
        return d.accounts().firstAdmin().orElseThrow();
    }
}
