package vn.motcua.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.http.CentralServer;
import vn.motcua.service.DeskContext;

/**
 * The sync tests' rig, fresh for each test: a real central server on SQLite over real HTTP (loopback, a free port),
 * office {@value #OFFICE}, and desks 1…N of that office set up by {@link TestDesks#desk}, each enrolled or not.
 * Register it as an instance field: {@code @RegisterExtension final SyncRig rig = SyncRig.enrolled(2);} — it is
 * ready before the class's own {@code @BeforeEach} and closed after its {@code @AfterEach}.
 */
public final class SyncRig implements BeforeEachCallback, AfterEachCallback {
    public static final String OFFICE = "000.00.01.H22";

    private final int deskCount;
    private final boolean enrol;
    private Path dir;
    private CentralContext central;
    private CentralServer server;
    private final List<DeskContext> desks = new ArrayList<>();
    private final List<SyncEngine> engines = new ArrayList<>();

    private SyncRig(int deskCount, boolean enrol) {
        this.deskCount = deskCount;
        this.enrol = enrol;
    }

    /** A server and {@code n} desks, each enrolled with it (desk number = its place, from 1). */
    public static SyncRig enrolled(int n) {
        return new SyncRig(n, true);
    }

    /** A server and {@code n} desks that have not enrolled yet ({@link #enrol(int)} does it). */
    public static SyncRig notEnrolled(int n) {
        return new SyncRig(n, false);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("motcua-sync-rig-");
        CentralConfig cfg = CentralConfig.defaults("jdbc:sqlite:" + dir.resolve("central.db")).withHost("127.0.0.1")
                .withPort(0);
        central = CentralContext.open(cfg, Clock.systemUTC());
        server = CentralServer.start(central, cfg);
        central.admin().addOffice(OFFICE, "Xã Quảng Phú", false);
        for (int no = 1; no <= deskCount; no++) {
            desks.add(TestDesks.desk(dir, OFFICE, no));
            engines.add(enrol ? TestDesks.enrolled(central, server, OFFICE, desks.get(no - 1), no) : null);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        List<AutoCloseable> all = new ArrayList<>(desks);
        all.add(server);
        all.add(central);
        try {
            TestDesks.closeAll(all.toArray(AutoCloseable[]::new));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    public CentralContext central() {
        return central;
    }

    public CentralServer server() {
        return server;
    }

    /** The folder the server's and the desks' files are in (deleted after the test). */
    public Path dir() {
        return dir;
    }

    /** Desk {@code no} (from 1). */
    public DeskContext desk(int no) {
        return desks.get(no - 1);
    }

    /** Desk {@code no}'s sync engine; enrols it first when the rig was made {@link #notEnrolled}. */
    public SyncEngine sync(int no) {
        if (engines.get(no - 1) == null) {
            enrol(no);
        }
        return engines.get(no - 1);
    }

    /** Enrols desk {@code no} with the server (a new enrolment code) and returns its engine. */
    public SyncEngine enrol(int no) {
        SyncEngine e = TestDesks.enrolled(central, server, OFFICE, desk(no), no);
        engines.set(no - 1, e);
        return e;
    }
}
