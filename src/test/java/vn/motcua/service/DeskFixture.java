package vn.motcua.service;

import vn.motcua.domain.dossier.RegistrationRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.domain.account.Actor;

/** A set-up desk over a temporary folder with a fixed clock, for service and store tests. */
public final class DeskFixture implements AutoCloseable {
    public static final String AGENCY = "000.00.01.H22";
    public static final String PASSWORD = "mat-khau-quan-tri";

    private final DeskContext ctx;
    private final Actor admin;

    private DeskFixture(DeskContext ctx) {
        this.ctx = ctx;
        this.admin = ctx.accounts().firstAdmin().orElseThrow();
    }

    /** A desk set up as desk {@code deskNo}, its clock standing at {@code now} (Vietnam time). */
    public static DeskFixture create(Path dir, int deskNo, LocalDateTime now) {
        return create(dir, deskNo, now, "Nguyễn Thị Quản Trị");
    }

    /** The same with the {@code admin} account's full name given. */
    public static DeskFixture create(Path dir, int deskNo, LocalDateTime now, String adminFullName) {
        Clock clock = Clock.fixed(now.atZone(DeskContext.ZONE).toInstant(), DeskContext.ZONE);
        DeskContext ctx = DeskContext.open(dir, clock);
        ctx.setup().setup(new SetupService.SetupRequest("Xã Quảng Phú", AGENCY, deskNo, null, null, null, "admin",
                adminFullName, PASSWORD), false);
        return new DeskFixture(ctx);
    }

    public DeskContext ctx() {
        return ctx;
    }

    public Actor admin() {
        return admin;
    }

    /** A valid request for the given procedure, received at {@code receivedAt}. */
    public static RegistrationRequest request(String procedureCode, String receivedAt, String name, String id) {
        return new RegistrationRequest(procedureCode, "direct", "counter", receivedAt,
                new RegistrationRequest.Person(name, id, null, "0912345678", null, "Thôn 1, xã Quảng Phú"), null,
                List.of(new RegistrationRequest.DocumentLine("Tờ khai theo mẫu", 1, 0, true)), 1, null, null);
    }

    public RegistrationService.Registered register(String procedureCode, String receivedAt, String name) {
        return ctx.registration().register(request(procedureCode, receivedAt, name, "038095001234"), admin);
    }

    /** Rows in a table, read straight from the file. */
    public int count(String table) {
        return ctx.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public void close() {
        ctx.close();
    }
}
