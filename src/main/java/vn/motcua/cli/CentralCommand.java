package vn.motcua.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.central.ApiException;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.http.CentralServer;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.Device;
import vn.motcua.central.store.DocumentRepository;
import vn.motcua.central.store.Office;
import vn.motcua.domain.dossier.AgencyCode;
import vn.motcua.store.Json;
import vn.motcua.store.calendar.CalendarFile;
import vn.motcua.store.catalog.CatalogFile;

/**
 * {@code motcua central ...}: run the province's central server and administer it (offices, enrollment codes,
 * devices, province catalogue and calendar). Admin commands work directly on the server's database.
 */
@Command(name = "central", description = "The province's central server: serve, offices, enrollment, devices, "
        + "catalogue and calendar.",
        subcommands = {CentralCommand.Serve.class, CentralCommand.OfficeCmd.class, CentralCommand.EnrollCode.class,
            CentralCommand.DeviceCmd.class, CentralCommand.CatalogCmd.class, CentralCommand.CalendarCmd.class,
            CentralAccountCommand.class, CentralCommand.FilesCmd.class,
            CentralCommand.Trust.class, CentralPortalCommand.class, CentralUserCommand.class, CentralFiguresCommand.class})
final class CentralCommand {

    /** Database options shared by every central command. */
    static final class DbOptions {
        @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:MOTCUA_DB_URL}",
                description = "jdbc:postgresql://HOST:PORT/DB or jdbc:sqlite:FILE (default: SQLite file central.db "
                        + "in the data folder; env MOTCUA_DB_URL).")
        String url;
        @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:MOTCUA_DB_USER}",
                description = "PostgreSQL user (env MOTCUA_DB_USER).")
        String user;
        @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:MOTCUA_DB_PASSWORD}",
                description = "PostgreSQL password (env MOTCUA_DB_PASSWORD; prefer the variable: options show in ps).")
        String password;
        @Option(names = "--db-pool", paramLabel = "N", defaultValue = "8", description = "pooled connections (8)")
        int pool;
        @Option(names = "--key-file", paramLabel = "FILE", defaultValue = "${env:MOTCUA_CENTRAL_KEY_FILE}",
                description = "The server's key file (seals desks' rating secrets; created 0600 when missing), kept "
                        + "outside the database and its backups (default: central.key in the data folder; env "
                        + "MOTCUA_CENTRAL_KEY_FILE).")
        Path keyFile;
    }

    /**
     * An account's JSON with the password the server generated, shown this once (the account commands of the office
     * desks and of the province dashboard); {@code account} unchanged when the password was given.
     */
    static Map<String, Object> withGeneratedPassword(Map<String, Object> account, String generated) {
        if (generated != null) {
            account.put("initialPassword", generated);
            account.put("note", "Mật khẩu chỉ hiện một lần: hãy trao cho người dùng ngay.");
        }
        return account;
    }

    /** Base of the central commands: resolve the database, open the context, print JSON. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions db;

        CentralConfig config() throws Exception {
            String url = db.url;
            if (url == null || url.isBlank()) {
                Path dir = ((MotCuaCommand) spec.root().userObject()).dataDir();
                vn.motcua.files.PrivateFiles.folder(dir); // 0700: the database, its WAL and the server's keys
                url = "jdbc:sqlite:" + dir.resolve("central.db").toAbsolutePath();
            }
            try {
                CentralDatabase.Dialect.of(url);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            Path key = db.keyFile;
            if (key == null && !url.startsWith("jdbc:sqlite:")) {
                key = ((MotCuaCommand) spec.root().userObject()).dataDir().resolve("central.key");
            }
            return CentralConfig.defaults(url).withDatabase(url, db.user, db.password,
                    db.pool).withKeyFile(key);
        }

        @Override
        public Integer call() throws Exception {
            CentralConfig cfg = configure(config());
            try (CentralContext ctx = CentralContext.open(cfg, Clock.systemUTC())) {
                if (db.url == null || db.url.isBlank()) {
                    // whatever the server keeps beside its database (keys) is its owner's only
                    vn.motcua.files.PrivateFiles.filesIn(((MotCuaCommand) spec.root().userObject()).dataDir());
                }
                return execute(ctx, cfg);
            } catch (ApiException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return e.status() == 404 || e.status() == 409 ? ErrorReporter.ACTION_REFUSED
                        : ErrorReporter.INPUT_REFUSED;
            }
        }

        /** Lets a command add its own settings. */
        CentralConfig configure(CentralConfig cfg) throws Exception {
            return cfg;
        }

        abstract Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception;

        void printJson(Object value) throws JsonProcessingException {
            spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(value));
            spec.commandLine().getOut().flush();
        }
    }

    @Command(name = "serve", description = {"Run a central server node (Ctrl+C stops it).",
        "Several nodes may serve one PostgreSQL database; SQLite serves one node."})
    static final class Serve extends Base {
        @Option(names = "--port", defaultValue = "8080", description = "HTTP port (8080)")
        int port;
        @Option(names = "--host", defaultValue = "0.0.0.0", description = "interface to listen on (all)")
        String host;
        @Option(names = "--base-url", paramLabel = "URL", defaultValue = "${env:MOTCUA_BASE_URL}",
                description = "public URL receipts' QR codes point at (default http://<host>:<port>; env MOTCUA_BASE_URL)")
        String baseUrl;
        @Option(names = "--rating-window", paramLabel = "DURATION", defaultValue = "PT24H",
                description = "how long a citizen may change a rating, ISO-8601 (PT24H)")
        String ratingWindow;
        @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "2097152",
                description = "largest API request body (2 MiB)")
        long maxBody;
        @Option(names = "--trust-proxy", description = "client address from X-Forwarded-For (behind your proxy only)")
        boolean trustProxy;
        @Option(names = "--tls-keystore", paramLabel = "FILE", description = "PKCS#12 keystore: serve HTTPS (only) on --tls-port")
        Path keystore;
        @Option(names = "--tls-keystore-password", paramLabel = "PASSWORD",
                defaultValue = "${env:MOTCUA_TLS_KEYSTORE_PASSWORD}",
                description = "keystore password (env MOTCUA_TLS_KEYSTORE_PASSWORD)")
        String keystorePassword;
        @Option(names = "--tls-port", defaultValue = "8443", description = "HTTPS port (8443)")
        int tlsPort;
        @Option(names = "--pull-concurrency", paramLabel = "N", defaultValue = "${env:MOTCUA_CENTRAL_PULL_CONCURRENCY}",
                description = "pulls worked on at once, the rest wait their turn (default: the processors; 0 = no "
                        + "limit; env MOTCUA_CENTRAL_PULL_CONCURRENCY)")
        Integer pullConcurrency;
        @Mixin
        CentralPortalCommand.ServeOptions portal;

        @Override
        CentralConfig configure(CentralConfig cfg) {
            Duration window;
            try {
                window = Duration.parse(ratingWindow);
            } catch (DateTimeParseException e) {
                throw new UserInputException("--rating-window must be an ISO-8601 duration such as PT24H or P7D");
            }
            if (keystore != null && !Files.isRegularFile(keystore)) {
                throw new UserInputException("cannot read keystore " + keystore);
            }
            if (maxBody < 1024) {
                throw new UserInputException("--max-body must be at least 1024 bytes");
            }
            if (pullConcurrency != null && pullConcurrency < 0) {
                throw new UserInputException("--pull-concurrency must be 0 (no limit) or more");
            }
            CentralConfig c = cfg.withHost(host).withPort(port).withRatingWindow(window).withMaxBodyBytes(maxBody)
                    .withProxy(trustProxy).withBaseUrl(baseUrl == null || baseUrl.isBlank() ? null : baseUrl);
            if (pullConcurrency != null) {
                c = c.withPullConcurrency(pullConcurrency);
            }
            return keystore == null ? c : c.withTls(keystore, keystorePassword, tlsPort);
        }

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            CountDownLatch stop = new CountDownLatch(1);
            try (CentralServer server = CentralServer.start(ctx, cfg); AutoCloseable sender = portal.start(ctx)) {
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "central-shutdown"));
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("listening", (cfg.tlsKeystore() != null ? "https " : "http ") + cfg.host() + ":"
                        + server.port());
                out.put("baseUrl", server.baseUrl());
                out.put("database", ctx.database().dialect().name().toLowerCase(java.util.Locale.ROOT));
                out.put("portal", sender == null ? "off" : "sending");
                printJson(out);
                stop.await();
            }
            return 0;
        }
    }

    @Command(name = "office", description = "Commune offices.", subcommands = {OfficeAdd.class, OfficeList.class})
    static final class OfficeCmd {
    }

    @Command(name = "add", description = "Add an office (or rename it with --rename).")
    static final class OfficeAdd extends Base {
        @Option(names = "--agency-code", required = true, paramLabel = "CODE", description = "e.g. 000.00.01.H22")
        String code;
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;
        @Option(names = "--rename", description = "rename the office if it exists")
        boolean rename;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(office(ctx.admin().addOffice(code, name, rename)));
            return 0;
        }
    }

    @Command(name = "list", description = "List the offices.")
    static final class OfficeList extends Base {
        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(ctx.admin().offices().stream().map(CentralCommand::office).toList());
            return 0;
        }
    }

    @Command(name = "enroll-code", description = {"Print a one-time enrollment code for a desk of an office.",
        "The desk enters it once to receive its device token; the code expires."})
    static final class EnrollCode extends Base {
        @Option(names = "--office", required = true, paramLabel = "CODE")
        String office;
        @Option(names = "--desk", required = true, paramLabel = "N")
        int desk;
        @Option(names = "--valid-hours", defaultValue = "72", paramLabel = "H", description = "validity (72 h)")
        int hours;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            if (hours < 1 || hours > 24 * 30) {
                throw new UserInputException("--valid-hours must be 1-720");
            }
            String code = AgencyCode.problem(office).isEmpty() ? AgencyCode.parse(office).value() : office;
            var issued = ctx.enrollment().issue(code, desk, Duration.ofHours(hours));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("enrollmentCode", issued.enrollmentCode());
            out.put("expiresAt", issued.expiresAt().toString());
            printJson(out);
            return 0;
        }
    }

    @Command(name = "device", description = "Enrolled desks.", subcommands = {DeviceList.class, DeviceRevoke.class})
    static final class DeviceCmd {
    }

    @Command(name = "list", description = "List enrolled devices (all, or of one office).")
    static final class DeviceList extends Base {
        @Option(names = "--office", paramLabel = "CODE")
        String office;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(ctx.admin().devices(office).stream().map(CentralCommand::device).toList());
            return 0;
        }
    }

    @Command(name = "revoke", description = {"Revoke a device: its token stops working at once on every node.",
        "Rating links on receipts it printed keep working for dossiers received before the revocation; its rating key "
            + "opens no newer code."})
    static final class DeviceRevoke extends Base {
        @Parameters(paramLabel = "DEVICE_ID")
        String id;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(device(ctx.admin().revoke(id)));
            return 0;
        }
    }

    @Command(name = "trust", description = {"What lets the province judge an office's figures: per office the "
        + "counted, pending and void QR ratings, how many client addresses they came from and the share of the "
        + "busiest one (a keyed hash: no address is stored), the median delay after receipt; and the devices whose "
        + "audit chain went backwards."})
    static final class Trust extends Base {
        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            var offices = ctx.ratingFigures().stream().map(o -> {
                java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("office", o.officeCode());
                m.put("counted", o.counted());
                m.put("pending", o.pending());
                m.put("void", o.voided());
                m.put("addresses", o.addresses());
                m.put("topAddressRatings", o.topAddressRatings());
                m.put("topAddressShare", Math.round(o.topAddressShare() * 10_000) / 10_000.0);
                m.put("medianDelaySeconds", o.medianDelaySeconds());
                return m;
            }).toList();
            var chains = ctx.regressedAuditChains().stream().map(h -> {
                java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("deviceId", h.deviceId());
                m.put("keptHeadId", h.headId());
                m.put("regressedAt", h.regressedAt() == null ? null : h.regressedAt().toString());
                m.put("problem", h.problem());
                return m;
            }).toList();
            printJson(java.util.Map.of("ratings", offices, "auditChainsWentBack", chains));
            return 0;
        }
    }

    @Command(name = "files", description = "Digitised files the desks uploaded.", subcommands = FilesPrune.class)
    static final class FilesCmd {
    }

    @Command(name = "prune", description = {"Drop uploads that were never completed and have not moved for N days "
        + "(default 30). Complete files are never touched. A running server does this once a day by itself."})
    static final class FilesPrune extends Base {
        @Option(names = "--older-than-days", paramLabel = "N", defaultValue = "30")
        int days;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            if (days < 1) {
                throw new UserInputException("--older-than-days must be at least 1");
            }
            var p = ctx.blobs().pruneAbandoned(java.time.Duration.ofDays(days));
            printJson(java.util.Map.of("droppedUploads", p.uploads(), "droppedBytes", p.bytes()));
            return 0;
        }
    }

    @Command(name = "catalog", description = "The province's procedure catalogue.", subcommands = CatalogImport.class)
    static final class CatalogCmd {
    }

    @Command(name = "import", description = {"Import the procedure catalogue (format: docs/formats/catalog.md) and "
        + "publish it to every office's desks on their next pull.", "All or nothing: any bad entry imports nothing."})
    static final class CatalogImport extends Base {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            CatalogFile.Parsed parsed;
            try (InputStream in = open(file)) {
                parsed = CatalogFile.parse(in);
            }
            if (!parsed.isClean() || parsed.procedures().isEmpty()) {
                var err = spec.commandLine().getErr();
                err.println("error: the catalogue was NOT imported" + (parsed.problems().isEmpty()
                        ? ": the file holds no procedure" : "; fix these problems:"));
                FileProblems.catalog(err, parsed.problems());
                return ErrorReporter.INPUT_REFUSED;
            }
            String json = CatalogFile.write(parsed.procedures(), parsed.sample(), parsed.source());
            long version = ctx.admin().importDocument(DocumentRepository.CATALOG, json);
            printJson(Map.of("imported", parsed.procedures().size(), "version", version));
            return 0;
        }
    }

    @Command(name = "calendar", description = "The working calendar.", subcommands = CalendarImport.class)
    static final class CalendarCmd {
    }

    @Command(name = "import", description = {"Import the working calendar (format: docs/formats/calendar.md) and "
        + "publish it to every office's desks on their next pull.", "All or nothing."})
    static final class CalendarImport extends Base {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            CalendarFile.Parsed parsed;
            try (InputStream in = open(file)) {
                parsed = CalendarFile.parse(in);
            }
            if (!parsed.isValid() || parsed.years().isEmpty()) {
                var err = spec.commandLine().getErr();
                err.println("error: the calendar was NOT imported" + (parsed.problems().isEmpty()
                        ? ": the file holds no year" : "; fix these problems:"));
                FileProblems.calendar(err, parsed.problems());
                return ErrorReporter.INPUT_REFUSED;
            }
            String json = CalendarFile.write(parsed.restDays(), parsed.years());
            long version = ctx.admin().importDocument(DocumentRepository.CALENDAR, json);
            printJson(Map.of("years", parsed.years().size(), "version", version));
            return 0;
        }
    }

    private static InputStream open(Path file) throws java.io.IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("cannot read file " + file);
        }
        return Files.newInputStream(file);
    }

    private static Map<String, Object> office(Office o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agencyCode", o.code());
        m.put("name", o.name());
        m.put("createdAt", o.createdAt().toString());
        return m;
    }

    private static Map<String, Object> device(Device d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deviceId", d.id());
        m.put("office", d.officeCode());
        m.put("desk", d.deskNo());
        m.put("name", d.name());
        m.put("appVersion", d.appVersion());
        m.put("enrolledAt", d.enrolledAt().toString());
        m.put("lastSeenAt", d.lastSeenAt() == null ? null : d.lastSeenAt().toString());
        m.put("revokedAt", d.revokedAt() == null ? null : d.revokedAt().toString());
        return m;
    }
}
