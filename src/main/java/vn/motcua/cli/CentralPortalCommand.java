package vn.motcua.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.portal.PortalOutbox;
import vn.motcua.central.portal.PortalStatus;
import vn.motcua.central.portal.mock.MockPortal;

/**
 * {@code motcua central portal ...}: the national portal outbox (docs/portal-mapping.md). The commands work on the
 * database; the sending itself runs inside {@code central serve --portal-url URL}.
 */
@Command(name = "portal", description = {"The national portal (Cổng DVCQG) outbox: what is sent, waiting, set aside.",
    "Sending runs in `central serve --portal-url URL`; these commands work on the database."},
        subcommands = {CentralPortalCommand.Status.class, CentralPortalCommand.Retry.class,
            CentralPortalCommand.Resend.class, CentralPortalCommand.Pause.class, CentralPortalCommand.Resume.class,
            CentralPortalCommand.Mock.class})
final class CentralPortalCommand {
    private CentralPortalCommand() {
    }

    @Command(name = "status", description = "Per office: changes sent, waiting, set aside (with the portal's reasons) "
            + "and the age of the oldest waiting one.")
    static final class Status extends CentralCommand.Base {
        @Option(names = "--office", paramLabel = "CODE", description = "one office only")
        String office;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            List<Map<String, Object>> out = PortalStatus.read(ctx.database(), ctx.clock()).stream()
                    .filter(o -> office == null || o.officeCode().equals(office)).map(o -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("office", o.officeCode());
                        m.put("sent", o.sent());
                        m.put("waiting", o.waiting());
                        m.put("setAside", o.setAside());
                        m.put("oldestWaitingSeconds", o.oldestWaitingSeconds());
                        m.put("paused", o.paused());
                        m.put("backoffUntil", o.backoffUntil() == null ? null : o.backoffUntil().toString());
                        m.put("lastPortalError", o.lastError());
                        m.put("sendingNode", o.holder());
                        m.put("setAsideChanges", o.setAsideChanges().stream().map(s -> {
                            Map<String, Object> a = new LinkedHashMap<>();
                            a.put("code", s.code());
                            a.put("version", s.version());
                            a.put("status", s.status());
                            a.put("attempts", s.attempts());
                            a.put("reason", s.reason());
                            a.put("queuedAt", s.queuedAt().toString());
                            return a;
                        }).toList());
                        return m;
                    }).toList();
            printJson(Map.of("offices", out));
            return 0;
        }
    }

    @Command(name = "retry", description = "Send every waiting change at once (ends the waits after failures).")
    static final class Retry extends CentralCommand.Base {
        @Option(names = "--office", paramLabel = "CODE", description = "one office only")
        String office;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            long now = ctx.clock().millis();
            int n = ctx.database().write(c -> PortalOutbox.retryNow(c, office, now));
            printJson(Map.of("waitingNowDue", n));
            return 0;
        }
    }

    @Command(name = "resend", description = {"Put a dossier's set-aside changes back in line, with its current facts "
        + "(after the cause was fixed).", "Exit 3 when nothing of that dossier is set aside."})
    static final class Resend extends CentralCommand.Base {
        @Parameters(paramLabel = "CODE", description = "the dossier code, e.g. 000.00.01.H22-260429-0007")
        String code;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            long now = ctx.clock().millis();
            int n = ctx.database().write(c -> PortalOutbox.resend(c, code.trim(), now));
            if (n == 0) {
                spec.commandLine().getErr().println("error: no change of " + code + " is set aside");
                return ErrorReporter.ACTION_REFUSED;
            }
            printJson(Map.of("code", code.trim(), "requeued", n));
            return 0;
        }
    }

    /** pause and resume: the same switch, one way or the other. */
    abstract static class Switch extends CentralCommand.Base {
        @Option(names = "--office", paramLabel = "CODE", description = "one office only (default: the province)")
        String office;

        abstract boolean pause();

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            PortalStatus.setPaused(ctx.database(), office, pause());
            printJson(Map.of(pause() ? "paused" : "resumed", office == null ? "all" : office));
            return 0;
        }
    }

    @Command(name = "pause", description = "Stop sending (one office, or all) until `resume`; changes keep queuing.")
    static final class Pause extends Switch {
        @Override
        boolean pause() {
            return true;
        }
    }

    @Command(name = "resume", description = "Send again after `pause`.")
    static final class Resume extends Switch {
        @Override
        boolean pause() {
            return false;
        }
    }

    @Command(name = "mock", description = {"Run a mock national portal on 127.0.0.1 (Ctrl+C stops it) for trying "
        + "`serve --portal-url` locally.", "Faults can also be changed while it runs: POST /_mock/control; "
        + "GET /_mock/dossiers shows what it holds."})
    static final class Mock implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Option(names = "--port", defaultValue = "0", description = "port (0 = any free one)")
        int port;
        @Option(names = "--user", defaultValue = "${env:MOTCUA_PORTAL_USER}", description = "sign-in user (env "
                + "MOTCUA_PORTAL_USER; default motcua)")
        String user;
        @Option(names = "--password", defaultValue = "${env:MOTCUA_PORTAL_PASSWORD}", description = "sign-in "
                + "password (env MOTCUA_PORTAL_PASSWORD; default motcua)")
        String password;
        @Option(names = "--fault-rate", defaultValue = "0", description = "share of service calls that fail: timeout, "
                + "5xx, connection dropped before or after applying (0-1)")
        double faultRate;
        @Option(names = "--timeout-ms", defaultValue = "15000", description = "how late a 'timeout' answers")
        long timeoutMs;
        @Option(names = "--session-ttl-ms", defaultValue = "600000", description = "session lifetime")
        long sessionTtl;
        @Option(names = "--refuse", paramLabel = "MAHOSO", description = "always refuse this dossier (repeatable)")
        List<String> refuse = List.of();
        @Option(names = "--seed", defaultValue = "1", description = "seed of the fault choice")
        long seed;

        @Override
        public Integer call() throws Exception {
            if (faultRate < 0 || faultRate > 1) {
                throw new UserInputException("--fault-rate must be between 0 and 1");
            }
            String u = user == null || user.isBlank() ? "motcua" : user;
            String p = password == null || password.isBlank() ? "motcua" : password;
            CountDownLatch stop = new CountDownLatch(1);
            try (MockPortal mock = new MockPortal(port, u, p, seed)) {
                mock.faults(faultRate, timeoutMs).sessionTtl(sessionTtl);
                refuse.forEach(code -> mock.refuse(code, true));
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "portal-mock-shutdown"));
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("listening", mock.url());
                out.put("user", u);
                out.put("faultRate", faultRate);
                spec.commandLine().getOut().println(vn.motcua.store.Json.mapper().writeValueAsString(out));
                spec.commandLine().getOut().flush();
                stop.await();
            }
            return 0;
        }
    }

    /** {@code central serve} options that turn the sender on (a mixin, so Serve gains them with one line). */
    static final class ServeOptions {
        @Option(names = "--portal-url", paramLabel = "URL", defaultValue = "${env:MOTCUA_PORTAL_URL}",
                description = "send every dossier change to the national portal's gateway at URL (credentials: "
                        + "MOTCUA_PORTAL_USER / MOTCUA_PORTAL_PASSWORD or --portal-config)")
        String url;
        @Option(names = "--portal-config", paramLabel = "FILE", description = "portal settings (properties, "
                + "readable by the service only: chmod 600): portal.url, portal.user, portal.password, "
                + "portal.dstcode, portal.unit.<agency code>=<unit code>")
        Path file;

        /** The running sender, or null when the portal is not configured. */
        AutoCloseable start(CentralContext ctx) {
            if ((url == null || url.isBlank()) && file == null) {
                return null;
            }
            vn.motcua.central.portal.PortalConfig cfg;
            try {
                cfg = vn.motcua.central.portal.PortalConfig.load(url, file, System.getenv());
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            return new vn.motcua.central.portal.PortalSender(ctx.database(),
                    new vn.motcua.central.portal.JsonPortalGateway(cfg), cfg, ctx.clock(),
                    vn.motcua.central.portal.PortalSender.nodeName(), 4).start();
        }
    }
}
