package vn.motcua.desk.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.http.CentralServer;
import vn.motcua.service.DeskFixture;

/** A real central server in-process (SQLite, ephemeral port) with the desk fixture's office, for the sync UI tests. */
final class TestCentral implements AutoCloseable {
    private final CentralContext ctx;
    private final CentralServer server;

    private TestCentral(CentralContext ctx, CentralServer server) {
        this.ctx = ctx;
        this.server = server;
    }

    static TestCentral start(Path dir) throws java.io.IOException {
        Files.createDirectories(dir);
        CentralConfig cfg = CentralConfig.defaults("jdbc:sqlite:" + dir.resolve("central.db").toAbsolutePath())
                .withHost("127.0.0.1").withPort(0);
        CentralContext ctx = CentralContext.open(cfg, java.time.Clock.systemUTC());
        CentralServer server = CentralServer.start(ctx, cfg);
        ctx.admin().addOffice(DeskFixture.AGENCY, "Xã Quảng Phú", false);
        return new TestCentral(ctx, server);
    }

    String url() {
        return server.baseUrl();
    }

    String code(int deskNo) {
        return ctx.enrollment().issue(DeskFixture.AGENCY, deskNo, Duration.ofHours(1)).enrollmentCode();
    }

    @Override
    public void close() {
        server.close();
        ctx.close();
    }
}
