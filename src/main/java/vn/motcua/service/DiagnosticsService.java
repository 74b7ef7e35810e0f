package vn.motcua.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.motcua.service.logging.LogFiles;
import vn.motcua.store.Json;

/**
 * "Xuất gói chẩn đoán": a zip for the province's IT support with the logs (already masked), versions, settings
 * without secrets, the integrity-check result and table counts. No dossier content and no secrets go in.
 */
public final class DiagnosticsService {
    private final DeskContext ctx;

    DiagnosticsService(DeskContext ctx) {
        this.ctx = ctx;
    }

    public Path write(Path zip) throws IOException {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("createdAt", LocalDateTime.now(ctx.clock()).withNano(0));
        info.put("app", "Quầy Một Cửa " + version());
        info.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        info.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        info.put("integrity", ctx.database().quickCheck());
        info.put("databaseBytes", Files.size(ctx.database().file()));
        info.put("counts", counts());
        ctx.setup().office().ifPresent(o -> info.put("office", Map.of("officeName", o.officeName(),
                "agencyCode", o.agencyCode(), "deskNo", o.deskNo())));
        info.put("settings", ctx.calendar().settings().toMap());
        info.put("schema", ctx.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT version, description, installed_on, success FROM flyway_schema_history ORDER BY 1")) {
                List<String> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " ok=" + rs.getInt(4));
                }
                return rows;
            }
        }));
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("diagnostics.json"));
            z.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(info)
                    .getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            Path logs = ctx.dataDir().resolve(LogFiles.FOLDER);
            if (Files.isDirectory(logs)) {
                try (Stream<Path> files = Files.list(logs)) {
                    for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                        z.putNextEntry(new ZipEntry("logs/" + p.getFileName()));
                        Files.copy(p, z);
                        z.closeEntry();
                    }
                }
            }
        }
        return zip;
    }

    private Map<String, Integer> counts() {
        return ctx.database().read(c -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (String t : List.of("dossier", "progress", "outbox", "procedure", "app_user", "audit")) {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    m.put(t, rs.getInt(1));
                }
            }
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT count(*) FROM outbox WHERE state = 'PENDING'")) {
                rs.next();
                m.put("outboxPending", rs.getInt(1));
            }
            return m;
        });
    }

    static String version() {
        String v = DiagnosticsService.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
