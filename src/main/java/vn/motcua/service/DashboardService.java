package vn.motcua.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.store.Database;
import vn.motcua.store.SqlValues;

/**
 * The supervisor's morning figures (issue 7): received today, due today, due soon (by the end of the next working
 * day), overdue with days late, waiting for a supplement longer than N days, returned today, quarantined sync
 * errors — in total, per clerk (who received the dossier) and per field, and the list behind every figure. Each
 * figure is one indexed range of the dossier table, so the figures stay fast over 1,000,000 dossiers.
 * Supervisor and admin only.
 */
public final class DashboardService {
    /** Default for "waiting for a supplement longer than N days". */
    public static final int DEFAULT_WAITING_DAYS = 5;
    /** Rows at most in a figure's list (the queues page through the rest). */
    public static final int LIST_LIMIT = 500;

    /** One figure of the home screen. Open = statuses 2, 4, 6 (new, processing, paying). */
    public enum Figure {
        /** Received today (not online-unaccepted, not refused at intake). */
        RECEIVED_TODAY,
        /** Open, effective appointment later today and not yet passed. */
        DUE_TODAY,
        /**
         * Open, effective appointment from now up to the due-soon window (setting {@code queue.dueSoonHours}): the
         * same dossiers as the side bar's queue "Sắp đến hạn" ({@link vn.motcua.domain.dossier.TimeFlags#dueSoonEnd}).
         */
        DUE_SOON,
        /** Open, effective appointment passed. */
        OVERDUE,
        /** Waiting for a supplement (5), requested more than N days ago. */
        WAITING_LONG,
        /** Handed back to the applicant today. */
        RETURNED_TODAY,
        /** Dossiers with a sync event the server refused and nobody resolved yet. */
        QUARANTINED
    }

    /** Counts of every figure for one group (everybody, one clerk, one field). */
    public record Counts(String key, String label, Map<Figure, Integer> counts) {
        public int get(Figure f) {
            return counts.getOrDefault(f, 0);
        }
    }

    /** The home screen: totals, per clerk, per field, as of {@code asOf}. */
    public record Figures(LocalDateTime asOf, int waitingDays, Counts total, List<Counts> perClerk,
                          List<Counts> perField) {
    }

    /** One dossier behind a figure. */
    public record Line(String code, String applicant, String procedure, String field, String clerk,
                       LocalDateTime receivedAt, LocalDateTime appointmentAt, LocalDateTime effectiveAt,
                       DossierStatus status, long daysLate) {
    }

    private static final String OPEN = "d.status IN (2, 4, 6)";
    /** The receiving clerk as the dossier records it (account id and name as at receipt), see ClerkColumns. */
    private static final String CLERK_KEY = vn.motcua.report.ClerkColumns.KEY;
    private static final String CLERK_NAME = vn.motcua.report.ClerkColumns.NAME;
    private static final String EFFECTIVE = "coalesce(d.rescheduled_at, d.appointment_at)";

    private final Database db;
    private final CalendarService calendar;
    private final Clock clock;

    DashboardService(Database db, CalendarService calendar, Clock clock) {
        this.db = db;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The official reports the supervisor exports (DOMAIN.md §7). */
    public enum ReportKind {
        LOGBOOK, PERIOD, SATISFACTION, INDICATORS
    }

    /** Export formats. */
    public enum ExportFormat {
        XLSX("xlsx"), PDF("pdf"), CSV("csv");

        private final String extension;

        ExportFormat(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /**
     * One official report for a period as a file's bytes (supervisor, admin); the export is audited.
     *
     * @param unitName the office's name for the report heading
     */
    public byte[] export(Actor actor, ReportKind kind, vn.motcua.report.Period period, ExportFormat format,
                         String unitName, String governingBody) {
        Roles.require(actor, "action.report.export", Role.SUPERVISOR, Role.ADMIN);
        vn.motcua.report.ReportTable table = db.read(c -> switch (kind) {
            case LOGBOOK -> vn.motcua.report.Logbook.table(vn.motcua.report.Logbook.lines(c, period), period,
                    unitName);
            case PERIOD -> vn.motcua.report.PeriodReportTable.of(vn.motcua.report.PeriodReport.compute(c, period),
                    governingBody, unitName, vn.motcua.report.FeeSummary.compute(c, period));
            case SATISFACTION -> vn.motcua.report.SatisfactionReport.compute(c, period).table(unitName);
            case INDICATORS -> vn.motcua.report.Indicators766.compute(c, period).table(unitName);
        });
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            switch (format) {
                case XLSX -> vn.motcua.report.XlsxExport.write(table, out);
                case CSV -> vn.motcua.report.CsvExport.write(table, out);
                case PDF -> out.write(vn.motcua.report.ReportPdf.render(table));
                default -> throw new IllegalArgumentException(format.name());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot write the report", e);
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        db.run(c -> {
            new vn.motcua.store.AuditRepository().record(c, now, actor.username(), "EXPORT", null,
                    kind.name().toLowerCase(java.util.Locale.ROOT) + " " + period.textVi() + " " + format.extension());
        });
        return out.toByteArray();
    }

    /** The due-soon window in hours (setting {@code queue.dueSoonHours}; the side bar and {@link Figure#DUE_SOON}). */
    public long dueSoonHours() {
        return calendar.settings().dueSoonWindow().toHours();
    }

    /** The Decision 766 indicators of a period with their definitions (supervisor, admin). */
    public vn.motcua.report.Indicators766 indicators(Actor actor, vn.motcua.report.Period period) {
        Roles.require(actor, "action.indicators.view", Role.SUPERVISOR, Role.ADMIN);
        return db.read(c -> vn.motcua.report.Indicators766.compute(c, period));
    }

    /** Today's date on this desk's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The figures now, with the default N days for long waits. */
    public Figures figures(Actor actor) {
        return figures(actor, DEFAULT_WAITING_DAYS);
    }

    public Figures figures(Actor actor, int waitingDays) {
        Roles.require(actor, "action.dashboard.view", Role.SUPERVISOR, Role.ADMIN);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Bounds b = bounds(now, Math.max(0, waitingDays));
        return db.read(c -> {
            Map<Figure, Integer> total = new EnumMap<>(Figure.class);
            Map<String, Map<Figure, Integer>> clerks = new TreeMap<>();
            Map<String, Map<Figure, Integer>> fields = new TreeMap<>();
            Map<String, String> fieldNames = new LinkedHashMap<>();
            Map<String, vn.motcua.domain.dossier.ClerkId> clerkIds = new LinkedHashMap<>();
            for (Figure f : Figure.values()) {
                List<Object> params = new ArrayList<>();
                String sql = "SELECT " + CLERK_KEY + ", coalesce(d.field_code, ''), "
                        + "max(coalesce(d.field_name, '')), count(*), max(" + CLERK_NAME + "), max(d.desk_no) "
                        + from(f, b, params) + " GROUP BY 1, 2";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    SqlValues.bind(ps, params.toArray());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            int n = rs.getInt(4);
                            total.merge(f, n, Integer::sum);
                            clerks.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Figure.class))
                                    .merge(f, n, Integer::sum);
                            fields.computeIfAbsent(rs.getString(2), k -> new EnumMap<>(Figure.class))
                                    .merge(f, n, Integer::sum);
                            fieldNames.putIfAbsent(rs.getString(2), rs.getString(3));
                            clerkIds.putIfAbsent(rs.getString(1), new vn.motcua.domain.dossier.ClerkId(
                                    rs.getString(1), rs.getString(5), rs.getInt(6)));
                        }
                    }
                }
            }
            Map<String, String> clerkNames = vn.motcua.report.ClerkColumns.distinctNames(clerkIds);
            List<Counts> perClerk = clerks.entrySet().stream()
                    .map(e -> new Counts(e.getKey(), clerkNames.get(e.getKey()), e.getValue()))
                    .sorted(java.util.Comparator.comparing(Counts::label))
                    .toList();
            List<Counts> perField = fields.entrySet().stream()
                    .map(e -> new Counts(e.getKey(), fieldNames.get(e.getKey()).isEmpty() ? "(chưa phân lĩnh vực)"
                            : fieldNames.get(e.getKey()), e.getValue()))
                    .sorted(java.util.Comparator.comparing(Counts::label))
                    .toList();
            return new Figures(now, Math.max(0, waitingDays), new Counts("", "Tổng cộng", total), perClerk,
                    perField);
        });
    }

    /** The dossiers behind a figure (most urgent first), at most {@link #LIST_LIMIT}. */
    public List<Line> list(Actor actor, Figure figure, int waitingDays) {
        return list(actor, figure, waitingDays, null, null);
    }

    /**
     * The dossiers behind a figure, optionally only one clerk's ({@code clerk} = the key of a per-clerk row) or one
     * field's ({@code fieldCode}, "" for none); the first {@link #LIST_LIMIT}.
     */
    public List<Line> list(Actor actor, Figure figure, int waitingDays, String clerk, String fieldCode) {
        return page(actor, figure, waitingDays, clerk, fieldCode, 0, LIST_LIMIT).lines();
    }

    /** One page of a figure's list, with how many there are in all (the screen pages through every one). */
    public record ListPage(List<Line> lines, int total, int offset) {
    }

    /** One page of the dossiers behind a figure ({@code limit} at most {@link #LIST_LIMIT}), and their total. */
    public ListPage page(Actor actor, Figure figure, int waitingDays, String clerk, String fieldCode, int offset,
                         int limit) {
        Roles.require(actor, "action.dashboard.view", Role.SUPERVISOR, Role.ADMIN);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Bounds b = bounds(now, Math.max(0, waitingDays));
        int size = Math.max(1, Math.min(limit, LIST_LIMIT));
        return db.read(c -> {
            List<Object> params = new ArrayList<>();
            StringBuilder where = new StringBuilder(from(figure, b, params));
            if (clerk != null) {
                where.append(" AND ").append(CLERK_KEY).append(" = ?");
                params.add(clerk);
            }
            if (fieldCode != null) {
                where.append(" AND coalesce(d.field_code, '') = ?");
                params.add(fieldCode);
            }
            int total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + where)) {
                SqlValues.bind(ps, params.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    total = rs.next() ? rs.getInt(1) : 0;
                }
            }
            int from = Math.max(0, Math.min(offset, Math.max(0, total - 1)));
            StringBuilder sql = new StringBuilder("SELECT d.code, d.applicant_name, d.procedure_name, d.field_name, "
                    + CLERK_NAME + " AS clerk_name, d.received_at, d.appointment_at, d.rescheduled_at, d.status ")
                    .append(where);
            sql.append(switch (figure) {
                case RECEIVED_TODAY -> " ORDER BY d.received_at DESC, d.code";
                case RETURNED_TODAY -> " ORDER BY d.returned_at DESC, d.code";
                case WAITING_LONG -> " ORDER BY d.received_at, d.code";
                default -> " ORDER BY " + EFFECTIVE + ", d.code";
            }).append(" LIMIT ").append(size).append(" OFFSET ").append(from);
            List<Line> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                SqlValues.bind(ps, params.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDateTime appointment = SqlValues.ts(rs, "appointment_at");
                        LocalDateTime rescheduled = SqlValues.ts(rs, "rescheduled_at");
                        LocalDateTime effective = rescheduled != null ? rescheduled : appointment;
                        DossierStatus status = DossierStatus.fromCode(rs.getInt("status")).orElseThrow();
                        out.add(new Line(rs.getString("code"), rs.getString("applicant_name"),
                                rs.getString("procedure_name"), rs.getString("field_name"),
                                rs.getString("clerk_name"), SqlValues.ts(rs, "received_at"),
                                appointment, effective, status, daysLate(status, effective, now)));
                    }
                }
            }
            return new ListPage(out, total, from);
        });
    }

    /** Calendar days an open dossier is past its effective appointment (at least 1 once passed), else 0. */
    static long daysLate(DossierStatus status, LocalDateTime effective, LocalDateTime now) {
        boolean open = status == DossierStatus.NEW || status == DossierStatus.PROCESSING
                || status == DossierStatus.PAYING;
        if (!open || effective == null || !now.isAfter(effective)) {
            return 0;
        }
        return Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(effective.toLocalDate(), now.toLocalDate()));
    }

    private record Bounds(LocalDateTime now, LocalDateTime today, LocalDateTime tomorrow, LocalDateTime soonEnd,
                          LocalDateTime waitingBefore) {
    }

    private Bounds bounds(LocalDateTime now, int waitingDays) {
        LocalDate today = now.toLocalDate();
        return new Bounds(now, today.atStartOfDay(), today.plusDays(1).atStartOfDay(),
                vn.motcua.domain.dossier.TimeFlags.dueSoonEnd(now, calendar.settings().dueSoonWindow()),
                now.minusDays(waitingDays));
    }

    /** FROM and WHERE of a figure; each uses an index (status + effective appointment, received, returned). */
    private static String from(Figure f, Bounds b, List<Object> params) {
        String base = " FROM dossier d WHERE d.deleted = 0 AND ";
        switch (f) {
            case RECEIVED_TODAY -> {
                params.add(b.today());
                params.add(b.tomorrow());
                return base + "d.received_at >= ? AND d.received_at < ? AND d.status NOT IN (1, 3)";
            }
            case DUE_TODAY -> {
                params.add(b.now());
                params.add(b.tomorrow());
                return base + OPEN + " AND " + EFFECTIVE + " >= ? AND " + EFFECTIVE + " < ?";
            }
            case DUE_SOON -> {
                params.add(b.now());
                params.add(b.soonEnd());
                return base + OPEN + " AND " + EFFECTIVE + " >= ? AND " + EFFECTIVE + " < ?";
            }
            case OVERDUE -> {
                params.add(b.now());
                return base + OPEN + " AND " + EFFECTIVE + " < ?";
            }
            case WAITING_LONG -> {
                params.add(b.waitingBefore());
                // without statistics the planner would rather walk every status-5 row: name the index (V8)
                return " FROM dossier d INDEXED BY dossier_waiting_since WHERE d.deleted = 0 AND d.status = 5 "
                        + "AND json_extract(d.supplements, '$[#-1].requestedAt') < ?";
            }
            case RETURNED_TODAY -> {
                params.add(b.today());
                params.add(b.tomorrow());
                return " FROM dossier d INDEXED BY dossier_returned WHERE d.deleted = 0 AND d.returned_at >= ? "
                        + "AND d.returned_at < ? AND d.status = 10";
            }
            case QUARANTINED -> {
                return base + "d.id IN (SELECT o.dossier_id FROM outbox o "
                        + "WHERE o.state = 'QUARANTINED' AND o.resolved_at IS NULL)";
            }
            default -> throw new IllegalArgumentException(f.name());
        }
    }
}
