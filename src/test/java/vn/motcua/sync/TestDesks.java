package vn.motcua.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import vn.motcua.central.CentralContext;
import vn.motcua.central.http.CentralServer;
import java.util.List;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.DeskContext;
import vn.motcua.service.DeskSettings;
import vn.motcua.domain.dossier.RegistrationRequest;
import vn.motcua.service.SetupService;

/** Real desks for the sync tests: set up for an office with blocks of 3000 codes, and a registration. */
public final class TestDesks {

    private TestDesks() {
    }

    /** A desk set up in {@code dir/desk-N} for the office, administrator "admin". */
    public static DeskContext desk(Path dir, String office, int no) {
        DeskContext d = DeskContext.open(dir.resolve("desk-" + no));
        d.setup().setup(new SetupService.SetupRequest("Xã Quảng Phú", office, no, null, null, null, "admin",
                "Nguyễn Thị Quản Trị", "mat-khau-quan-tri"), false);
        d.calendar().putSetting(DeskSettings.BLOCK_SIZE, "3000", admin(d));
        return d;
    }

    /** The desk's sync engine, enrolled with the server as desk {@code no}. */
    public static SyncEngine enrolled(CentralContext central, CentralServer server, String office, DeskContext d,
                                      int no) {
        SyncEngine e = new SyncEngine(d.database(), d.clock(), new SyncClient(d.clock(), Duration.ofSeconds(5),
                Duration.ofSeconds(30)), new SyncEngine.Options(100, 200, 3, Duration.ofMillis(5),
                Duration.ofMillis(50), 1));
        e.enroll(server.baseUrl(), central.enrollment().issue(office, no, Duration.ofHours(1)).enrollmentCode(),
                "Quầy " + no, "test");
        return e;
    }

    public static Actor admin(DeskContext d) {
        return d.accounts().firstAdmin().orElseThrow();
    }

    /** Registers a birth registration received an hour ago; returns its code. */
    public static String register(DeskContext d) {
        return register(d, LocalDateTime.now(d.clock()).minusHours(1).withNano(0));
    }

    public static String register(DeskContext d, LocalDateTime at) {
        return d.registration().register(new RegistrationRequest("1.001193", "direct", "counter", at.toString(),
                new RegistrationRequest.Person("Nguyễn Văn Đức", "038095012345", null, "0912345678", null,
                        "Thôn 1, xã Quảng Phú"), null,
                List.of(new RegistrationRequest.DocumentLine("Tờ khai theo mẫu", 1, 0, true)), 1, null, null),
                admin(d)).dossier().code();
    }

    /** Closes what was opened (desks, server, context), in order; nulls are skipped. */
    public static void closeAll(AutoCloseable... all) {
        for (AutoCloseable c : all) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
