package vn.motcua.central.province;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.ClerkId;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.TimeFlags;
import vn.motcua.domain.text.Text;
import vn.motcua.report.Period;

/**
 * The province's figures (issue 16): the overview of every commune for a period and one commune's detail, read from
 * the sums kept at ingest ({@link FigureUpdates}, decision 0012) — never by scanning dossiers. Each figure is the one
 * the commune's desks compute in their own reports for the same dossiers and period (see {@link CommuneRow}).
 * Read-only; the caller checks who may see it (the dashboard's roles).
 */
public final class ProvinceFigures {
    /** A desk not seen for longer than this is flagged silent. */
    public static final Duration SILENT_AFTER = Duration.ofDays(1);
    /** The most overdue dossiers listed on a commune's page (the count is exact). */
    public static final int OVERDUE_LIST_LIMIT = 500;

    private final CentralDatabase db;
    private final Clock clock;

    public ProvinceFigures(CentralDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every commune's row for the query's period, filtered and sorted as asked, with the totals of those rows. */
    public Overview overview(OverviewQuery q) {
        Instant now = clock.instant();
        List<CommuneRow> rows = db.read(c -> rows(c, q.period(), null, now));
        List<CommuneRow> kept = new ArrayList<>();
        String needle = q.text() == null || q.text().isBlank() ? null : Text.fold(q.text().trim());
        for (CommuneRow r : rows) {
            if (needle != null && !Text.fold(r.officeName()).contains(needle)
                    && !Text.fold(r.officeCode()).contains(needle)) {
                continue;
            }
            if (q.onlySilent() && r.silentDesks() == 0) {
                continue;
            }
            if (q.onlyOverdue() && r.overdueNow() == 0) {
                continue;
            }
            if (q.maxOnTimeRate() != null && (r.onTimeRate() == null || r.onTimeRate() > q.maxOnTimeRate())) {
                continue;
            }
            kept.add(r);
        }
        kept.sort(order(q.sort(), q.descending()));
        return new Overview(q.period(), now, q, kept, total(kept));
    }

    /** One commune's page for a period; empty when no office has that agency code. */
    public Optional<CommuneDetail> commune(String officeCode, Period period) {
        Instant now = clock.instant();
        return db.read(c -> {
            List<CommuneRow> rows = rows(c, period, officeCode, now);
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new CommuneDetail(period, rows.get(0), weekly(c, officeCode, period),
                    groups(c, officeCode, period, "procedure_code", "PROCEDURE"),
                    groups(c, officeCode, period, "field_code", "FIELD"), overdue(c, officeCode, now),
                    apologies(c, officeCode, period), dissatisfied(c, officeCode, period)));
        });
    }

    // ---- the overview rows ------------------------------------------------------------------------------------

    /**
     * The period's sums per office (decision 0021): whole months from {@code figure_office_month}, the days of the
     * partial months at the period's edges from {@code figure_office_day} (each edge its own range, so PostgreSQL
     * reads them index-only from the covering {@code figure_office_day_day}); {@code inp} marks a row inside the
     * period (else it is before it, for "carried over"). Each term is cast to INTEGER (one office's month fits) so
     * PostgreSQL sums machine integers instead of numerics.
     */
    private static final String SUMS;

    static {
        String counters = "received, received_online, closed, resolved_early, resolved_on_time, resolved_late, "
                + "digitised, apologies, rated_very, rated_satisfied, rated_dissatisfied";
        String day = "SELECT office_code, CASE WHEN day >= ? THEN 1 ELSE 0 END AS inp, " + counters
                + " FROM figure_office_day WHERE day >= ? AND day <= ?%1$s";
        SUMS = "SELECT office_code, " + java.util.Arrays.stream(counters.split(", "))
                .map(k -> k.equals("closed") ? "sum(CAST((1 - inp) * (received - closed) AS INTEGER))"
                        : "sum(CAST(inp * " + k + " AS INTEGER))")
                .collect(java.util.stream.Collectors.joining(", "))
                + " FROM (SELECT office_code, CASE WHEN month >= ? THEN 1 ELSE 0 END AS inp, " + counters
                + " FROM figure_office_month WHERE (month < ? OR (month >= ? AND month <= ?))%1$s"
                + " UNION ALL " + day + " UNION ALL " + day + ") x GROUP BY office_code";
    }

    /** Overdue now (decision 0021): open dossiers due on a day before today, plus today's due before now. */
    private static final String OVERDUE = """
        SELECT office_code, sum(n) FROM (
          SELECT office_code, dossiers AS n FROM figure_open_due WHERE due_day < ?%1$s
          UNION ALL
          SELECT office_code, 1 FROM figure_dossier WHERE due_at IS NOT NULL AND due_at >= ? AND due_at < ?%1$s
        ) x GROUP BY office_code
        """;

    private List<CommuneRow> rows(Connection c, Period p, String onlyOffice, Instant now) throws SQLException {
        String office = onlyOffice == null ? "" : " AND office_code = ?";
        Map<String, String> names = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name FROM office"
                + (onlyOffice == null ? "" : " WHERE code = ?"))) {
            if (onlyOffice != null) {
                ps.setString(1, onlyOffice);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        Map<String, long[]> sums = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SUMS.formatted(office))) {
            MonthSplit m = MonthSplit.of(p);
            String from = p.from().toString();
            int i = 1;
            for (String[] group : new String[][] {{m.fullFrom(), m.firstMonth(), m.fullFrom(), m.fullTo()},
                {from, m.edge1From(), m.edge1To()}, {from, m.edge2From(), m.edge2To()}}) {
                for (String v : group) {
                    ps.setString(i++, v);
                }
                if (onlyOffice != null) {
                    ps.setString(i++, onlyOffice);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] v = new long[11];
                    for (int j = 0; j < 11; j++) {
                        v[j] = rs.getLong(2 + j);
                    }
                    sums.put(rs.getString(1), v);
                }
            }
        }
        Map<String, Long> dissatisfied = counts(c, "SELECT office_code, sum(dossiers) FROM figure_dissatisfied "
                + "WHERE from_day <= ? AND closed_day >= ?" + office + " GROUP BY office_code",
                onlyOffice, p.to().toString(), p.from().toString());
        LocalDateTime local = LocalDateTime.ofInstant(now, DossierFigures.VN);
        String today = local.toLocalDate().toString();
        Map<String, Long> overdue = counts(c, OVERDUE.formatted(office), onlyOffice, today, null,
                today + "T00:00:00", FigureStore.TIME.format(local));
        Map<String, List<DeskSync>> desks = desks(c, onlyOffice, now);
        List<CommuneRow> out = new ArrayList<>();
        for (var e : names.entrySet()) {
            String code = e.getKey();
            long[] v = sums.getOrDefault(code, new long[11]);
            List<DeskSync> ds = desks.getOrDefault(code, List.of());
            Instant last = ds.stream().map(DeskSync::lastSeenAt).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            long received = v[0];
            long carried = v[2];
            out.add(new CommuneRow(code, e.getValue(), received, v[1], carried, v[3] + v[4] + v[5], v[3], v[4], v[5],
                    overdue.getOrDefault(code, 0L), v[7], received + carried, dissatisfied.getOrDefault(code, 0L),
                    v[8] + v[9] + v[10], v[8], v[9], v[10], v[6], ds, last));
        }
        return out;
    }

    /**
     * One count per office. {@code sql}'s parameters come in groups: each group is the given values in order,
     * then the office when one is asked for ({@code office} non-null); a null value closes a group.
     */
    private static Map<String, Long> counts(Connection c, String sql, String office, String... groups)
            throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String v : groups) {
                if (v == null) {
                    if (office != null) {
                        ps.setString(i++, office);
                    }
                } else {
                    ps.setString(i++, v);
                }
            }
            if (office != null) {
                ps.setString(i, office);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    private static Map<String, List<DeskSync>> desks(Connection c, String office, Instant now) throws SQLException {
        Map<String, List<DeskSync>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, office_code, desk_no, name, last_seen_at, "
                + "revoked_at FROM device" + (office == null ? "" : " WHERE office_code = ?")
                + " ORDER BY office_code, desk_no, id")) {
            if (office != null) {
                ps.setString(1, office);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seen = rs.getLong(5);
                    Instant lastSeen = rs.wasNull() ? null : Instant.ofEpochMilli(seen);
                    rs.getLong(6);
                    boolean revoked = !rs.wasNull();
                    boolean silent = !revoked && (lastSeen == null || lastSeen.plus(SILENT_AFTER).isBefore(now));
                    out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new DeskSync(rs.getString(1),
                            rs.getInt(3), rs.getString(4), lastSeen, silent, revoked));
                }
            }
        }
        return out;
    }

    private static CommuneRow total(List<CommuneRow> rows) {
        long[] t = new long[17];
        Instant last = null;
        for (CommuneRow r : rows) {
            long[] v = {r.received(), r.receivedOnline(), r.carriedOver(), r.resolved(), r.resolvedEarly(),
                r.resolvedOnTime(), r.resolvedLate(), r.overdueNow(), r.apologies(), r.dossiers(), r.dissatisfied(),
                r.ratings(), r.ratedVerySatisfied(), r.ratedSatisfied(), r.ratedDissatisfied(), r.digitised(), 0};
            for (int i = 0; i < v.length; i++) {
                t[i] += v[i];
            }
            if (r.lastSync() != null && (last == null || r.lastSync().isAfter(last))) {
                last = r.lastSync();
            }
        }
        return new CommuneRow("", "Toàn tỉnh", t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10],
                t[11], t[12], t[13], t[14], t[15], List.of(), last);
    }

    private static Comparator<CommuneRow> order(OverviewQuery.Sort sort, boolean desc) {
        Map<String, String> folded = new HashMap<>(); // each name folded once, not at every comparison
        Comparator<CommuneRow> byName = Comparator.comparing((CommuneRow r) -> folded.computeIfAbsent(
                r.officeName(), Text::fold)).thenComparing(CommuneRow::officeCode);
        Comparator<CommuneRow> key = switch (sort) {
            case NAME -> byName;
            case CODE -> Comparator.comparing(CommuneRow::officeCode);
            case RECEIVED -> Comparator.comparingLong(CommuneRow::received);
            case RESOLVED -> Comparator.comparingLong(CommuneRow::resolved);
            case ON_TIME_RATE -> nullsFirst(CommuneRow::onTimeRate);
            case OVERDUE_NOW -> Comparator.comparingLong(CommuneRow::overdueNow);
            case APOLOGIES -> Comparator.comparingLong(CommuneRow::apologies);
            case SATISFACTION -> nullsFirst(CommuneRow::satisfaction);
            case RATINGS -> Comparator.comparingLong(CommuneRow::ratings);
            case DIGITISATION -> nullsFirst(CommuneRow::digitisationShare);
            case LAST_SYNC -> Comparator.comparing(CommuneRow::lastSync,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
        };
        return (desc ? key.reversed() : key).thenComparing(byName);
    }

    private static Comparator<CommuneRow> nullsFirst(Function<CommuneRow, Double> f) {
        return Comparator.comparing(f, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    // ---- one commune ------------------------------------------------------------------------------------------

    private static List<CommuneDetail.WeekPoint> weekly(Connection c, String office, Period p) throws SQLException {
        TreeMap<LocalDate, long[]> weeks = new TreeMap<>();
        for (LocalDate w = monday(p.from()); !w.isAfter(p.to()); w = w.plusWeeks(1)) {
            weeks.put(w, new long[3]);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT day, received, resolved_early + resolved_on_time, "
                + "resolved_late FROM figure_office_day WHERE office_code = ? AND day >= ? AND day <= ?")) {
            ps.setString(1, office);
            ps.setString(2, p.from().toString());
            ps.setString(3, p.to().toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] w = weeks.get(monday(LocalDate.parse(rs.getString(1))));
                    w[0] += rs.getLong(2);
                    w[1] += rs.getLong(3);
                    w[2] += rs.getLong(4);
                }
            }
        }
        List<CommuneDetail.WeekPoint> out = new ArrayList<>();
        for (var e : weeks.entrySet()) {
            LocalDate start = e.getKey().isBefore(p.from()) ? p.from() : e.getKey();
            LocalDate end = e.getKey().plusDays(6).isAfter(p.to()) ? p.to() : e.getKey().plusDays(6);
            out.add(new CommuneDetail.WeekPoint(start, end, e.getValue()[0], e.getValue()[1], e.getValue()[2]));
        }
        return out;
    }

    private static List<CommuneDetail.GroupRow> groups(Connection c, String office, Period p, String column,
                                                       String kind) throws SQLException {
        List<CommuneDetail.GroupRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT g.code, n.name, g.r, g.e + g.o + g.l, g.e + g.o, g.l, "
                + "g.a, g.rv + g.rs + g.rd, g.rd, g.dg FROM (SELECT " + column + " AS code, sum(received) AS r, "
                + "sum(resolved_early) AS e, sum(resolved_on_time) AS o, sum(resolved_late) AS l, sum(apologies) AS a, "
                + "sum(rated_very) AS rv, sum(rated_satisfied) AS rs, sum(rated_dissatisfied) AS rd, "
                + "sum(digitised) AS dg FROM figure_day WHERE office_code = ? AND day >= ? AND day <= ? GROUP BY "
                + column + ") g LEFT JOIN figure_name n ON n.kind = ? AND n.code = g.code")) {
            ps.setString(1, office);
            ps.setString(2, p.from().toString());
            ps.setString(3, p.to().toString());
            ps.setString(4, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CommuneDetail.GroupRow g = new CommuneDetail.GroupRow(rs.getString(1),
                            rs.getString(2) == null ? rs.getString(1) : rs.getString(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10));
                    if (g.received() + g.resolved() + g.apologies() + g.ratings() > 0) {
                        out.add(g);
                    }
                }
            }
        }
        out.sort(Comparator.comparingLong(CommuneDetail.GroupRow::received).reversed()
                .thenComparing(CommuneDetail.GroupRow::code));
        return out;
    }

    private static List<CommuneDetail.OverdueDossier> overdue(Connection c, String office, Instant now)
            throws SQLException {
        LocalDateTime local = LocalDateTime.ofInstant(now, DossierFigures.VN);
        List<CommuneDetail.OverdueDossier> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.due_at, d.code, d.procedure_code, d.procedure_name, "
                + "d.received_by_id, d.received_by_name, d.desk_no, d.received_by FROM figure_dossier f "
                + "JOIN dossier d ON d.id = f.dossier_id WHERE f.office_code = ? AND f.due_at IS NOT NULL "
                + "AND f.due_at < ? ORDER BY f.due_at, d.code LIMIT " + OVERDUE_LIST_LIMIT)) {
            ps.setString(1, office);
            ps.setString(2, FigureStore.TIME.format(local));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDateTime due = LocalDateTime.parse(rs.getString(1), FigureStore.TIME);
                    ClerkId clerk = ClerkId.of(rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8));
                    out.add(new CommuneDetail.OverdueDossier(rs.getString(2), rs.getString(3), rs.getString(4),
                            clerk.name(), rs.getInt(7), due, TimeFlags.daysLate(open(due), local)));
                }
            }
        }
        return out;
    }

    /** An open dossier due at {@code due}, for the desk's own days-late rule. */
    private static Dossier open(LocalDateTime due) {
        return Dossier.builder().id(new UUID(0, 0)).code("-").procedureCode("-").channel(Channel.DIRECT)
                .applicant(Applicant.builder().fullName("-").build()).receivedAt(due.minusDays(1))
                .appointmentAt(due).status(DossierStatus.PROCESSING).version(1).build();
    }

    private static List<CommuneDetail.ApologyLine> apologies(Connection c, String office, Period p)
            throws SQLException {
        List<CommuneDetail.ApologyLine> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.code, d.procedure_name, a.reason, "
                + "a.previous_appointment, a.new_appointment, a.created_at, a.created_by FROM apology a "
                + "JOIN dossier d ON d.id = a.dossier_id WHERE a.office_code = ? AND a.created_at >= ? "
                + "AND a.created_at < ? ORDER BY a.created_at, d.code")) {
            ps.setString(1, office);
            ps.setString(2, p.from().toString());
            ps.setString(3, p.to().plusDays(1).toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CommuneDetail.ApologyLine(rs.getString(1), rs.getString(2), rs.getString(3),
                            DossierFigures.localTime(rs.getString(4)), DossierFigures.localTime(rs.getString(5)),
                            DossierFigures.localTime(rs.getString(6)), rs.getString(7)));
                }
            }
        }
        return out;
    }

    private static List<CommuneDetail.DissatisfiedRating> dissatisfied(Connection c, String office, Period p)
            throws SQLException {
        List<CommuneDetail.DissatisfiedRating> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.code, d.procedure_name, d.received_by_id, "
                + "d.received_by_name, d.desk_no, d.received_by, f.rating_at, f.rating_channel, "
                + "CASE WHEN f.rating_channel = 'QR' THEN r.reason ELSE cr.reason END FROM figure_dossier f "
                + "JOIN dossier d ON d.id = f.dossier_id LEFT JOIN rating r ON r.dossier_code = d.code "
                + "LEFT JOIN counter_rating cr ON cr.dossier_code = d.code "
                + "WHERE f.dissatisfied_from IS NOT NULL AND f.dissatisfied_from <= ? AND f.office_code = ? "
                + "AND f.rating_at >= ? AND f.rating_at < ? ORDER BY f.rating_at DESC, d.code")) {
            ps.setString(1, p.to().toString());
            ps.setString(2, office);
            ps.setString(3, p.from().toString());
            ps.setString(4, p.to().plusDays(1).toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ClerkId clerk = ClerkId.of(rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6));
                    out.add(new CommuneDetail.DissatisfiedRating(rs.getString(1), rs.getString(2), clerk.name(),
                            LocalDateTime.parse(rs.getString(7), java.time.format.DateTimeFormatter
                                    .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")), rs.getString(8), rs.getString(9)));
                }
            }
        }
        return out;
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
