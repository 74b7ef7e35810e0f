package vn.motcua.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.dossier.ClerkId;
import vn.motcua.domain.rating.RatingLevel;

/**
 * Citizens' satisfaction for a period (DOMAIN.md §5, §7): ratings from the QR pages (synced, table {@code rating})
 * and from the counter screen ({@code counter_rating}), one per dossier (the latest when a dossier has both). The
 * distribution, the weekly trend (weeks from Monday), per receiving clerk (by the account id and name the dossier
 * carries from its receipt, {@link ClerkId}: two desks' {@code admin} accounts are two clerks), per procedure, and every "Không hài lòng"
 * with its reason. A rating belongs to the period of the day it was given (Vietnam time).
 */
public record SatisfactionReport(Period period, Map<RatingLevel, Integer> distribution, List<Group> weekly,
                                 List<Group> perClerk, List<Group> perProcedure, List<Complaint> dissatisfied) {
    private static final Logger LOG = LoggerFactory.getLogger(SatisfactionReport.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A rating whose dossier this desk does not hold. */
    private static final ClerkId UNKNOWN_CLERK = new ClerkId("", "(không rõ)", 0);

    /** Counts per level for one group (a week "dd/MM", a clerk, a procedure). */
    public record Group(String label, Map<RatingLevel, Integer> counts) {
        public int get(RatingLevel l) {
            return counts.getOrDefault(l, 0);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One "Không hài lòng" rating. */
    public record Complaint(String code, String applicant, String procedure, String clerk, LocalDateTime ratedAt,
                            String channel, String reason) {
    }

    /**
     * One rating as read, before grouping.
     *
     * @param clerk the receiving clerk of the dossier as the dossier records it ({@link ClerkId}); null when the
     *              rating's dossier is not on this desk
     */
    public record Rated(String code, RatingLevel level, String reason, LocalDateTime ratedAt, String channel,
                        ClerkId clerk, String procedure, String applicant) {
    }

    public int total() {
        return distribution.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Share of "Rất hài lòng" + "Hài lòng" among all ratings, 0–1 (0 when there is none): the share of the raters who
     * were satisfied, not the Decision 766 satisfaction indicator (that one is over dossiers, {@link Indicators766}).
     */
    public double satisfactionRatio() {
        int t = total();
        return t == 0 ? 0 : (distribution.getOrDefault(RatingLevel.VERY_SATISFIED, 0)
                + distribution.getOrDefault(RatingLevel.SATISFIED, 0)) / (double) t;
    }

    public static SatisfactionReport compute(Connection c, Period p) throws SQLException {
        return of(p, read(c));
    }

    /**
     * Every rating of this desk's database (ratings are few: one per dossier at most). A QR rating whose dossier this
     * desk does not hold is left out: only a rating a citizen could have made counts (issue 13).
     */
    public static List<Rated> read(Connection c) throws SQLException {
        // the clerk as the dossier records it (its account id and name as at receipt), never this desk's account
        // that happens to have the same user name
        String clerk = "d.received_by_id, d.received_by_name, d.desk_no, d.received_by, d.id";
        String sql = "SELECT r.dossier_code, r.level, r.reason, r.rated_at, 'QR', d.procedure_name, d.applicant_name, "
                + clerk + " FROM rating r JOIN dossier d ON d.code = r.dossier_code "
                + "UNION ALL SELECT r.dossier_code, r.level, r.reason, r.rated_at, 'COUNTER', d.procedure_name, "
                + "d.applicant_name, " + clerk + " FROM counter_rating r LEFT JOIN dossier d ON d.code = r.dossier_code";
        Map<String, Rated> byCode = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                RatingLevel level;
                try {
                    level = RatingLevel.valueOf(rs.getString(2));
                } catch (IllegalArgumentException e) {
                    LOG.warn("Rating of {} has an unknown level {}; left out of the report", rs.getString(1),
                            rs.getString(2), e);
                    continue;
                }
                LocalDateTime at = time(rs.getString(4));
                if (at == null) {
                    LOG.warn("Rating of {} has an unreadable time {}; left out of the report", rs.getString(1),
                            rs.getString(4));
                    continue;
                }
                ClerkId who = rs.getString(12) == null ? null
                        : ClerkId.of(rs.getString(8), rs.getString(9), rs.getInt(10), rs.getString(11));
                Rated r = new Rated(rs.getString(1), level, rs.getString(3), at, rs.getString(5), who,
                        rs.getString(6), rs.getString(7));
                byCode.merge(r.code(), r, (a, b) -> b.ratedAt().isAfter(a.ratedAt()) ? b : a);
            }
        }
        return new ArrayList<>(byCode.values());
    }

    public static SatisfactionReport of(Period p, List<Rated> all) {
        Map<RatingLevel, Integer> dist = new EnumMap<>(RatingLevel.class);
        for (RatingLevel l : RatingLevel.values()) {
            dist.put(l, 0);
        }
        Map<LocalDate, Map<RatingLevel, Integer>> weeks = new TreeMap<>();
        for (LocalDate w = monday(p.from()); !w.isAfter(p.to()); w = w.plusWeeks(1)) {
            weeks.put(w, new EnumMap<>(RatingLevel.class));
        }
        Map<String, Map<RatingLevel, Integer>> clerks = new TreeMap<>();
        Map<String, ClerkId> clerkIds = new LinkedHashMap<>();
        Map<String, Map<RatingLevel, Integer>> procedures = new TreeMap<>();
        List<Complaint> complaints = new ArrayList<>();
        for (Rated r : all) {
            LocalDate day = r.ratedAt().toLocalDate();
            if (day.isBefore(p.from()) || day.isAfter(p.to())) {
                continue;
            }
            dist.merge(r.level(), 1, Integer::sum);
            weeks.computeIfAbsent(monday(day), k -> new EnumMap<>(RatingLevel.class)).merge(r.level(), 1,
                    Integer::sum);
            ClerkId who = r.clerk() == null ? UNKNOWN_CLERK : r.clerk();
            clerkIds.putIfAbsent(who.id(), who);
            clerks.computeIfAbsent(who.id(), k -> new EnumMap<>(RatingLevel.class)).merge(r.level(), 1, Integer::sum);
            procedures.computeIfAbsent(r.procedure() == null ? "(không rõ)" : r.procedure(),
                    k -> new EnumMap<>(RatingLevel.class)).merge(r.level(), 1, Integer::sum);
            if (r.level() == RatingLevel.DISSATISFIED) {
                complaints.add(new Complaint(r.code(), r.applicant(), r.procedure(), who.name(), r.ratedAt(),
                        r.channel(), r.reason()));
            }
        }
        complaints.sort(Comparator.comparing(Complaint::ratedAt).reversed());
        List<Group> weekly = weeks.entrySet().stream().map(e -> new Group(
                String.format("%02d/%02d", e.getKey().getDayOfMonth(), e.getKey().getMonthValue()), e.getValue()))
                .toList();
        Map<String, String> names = ClerkColumns.distinctNames(clerkIds);
        List<Group> perClerk = clerks.entrySet().stream().map(e -> new Group(names.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(Group::label)).toList();
        return new SatisfactionReport(p, dist, weekly, perClerk, groups(procedures), List.copyOf(complaints));
    }

    /**
     * As a table for the exports: the distribution, per clerk, per procedure, then the complaints. The levels are the
     * five of the aggregate reports (DOMAIN.md §5.1: Rất hài lòng, Hài lòng, Bình thường, Không hài lòng, Rất không hài
     * lòng); the rating page and the counter ask the three-level question, so "Bình thường" and "Rất không hài lòng"
     * are 0 until a channel collects them.
     */
    public ReportTable table(String unitName) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Toàn đơn vị", null, distribution.get(RatingLevel.VERY_SATISFIED),
                distribution.get(RatingLevel.SATISFIED), 0, distribution.get(RatingLevel.DISSATISFIED), 0, total(),
                percent(satisfactionRatio())));
        for (Group g : perClerk) {
            rows.add(groupRow("Cán bộ tiếp nhận", g));
        }
        for (Group g : perProcedure) {
            rows.add(groupRow("Thủ tục", g));
        }
        for (Complaint x : dissatisfied) {
            rows.add(row("Không hài lòng: " + x.code(), (x.reason() == null ? "" : x.reason()) + " ("
                    + (x.channel().equals("COUNTER") ? "tại quầy" : "qua mã QR") + ", "
                    + x.ratedAt().toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + ")", null, null, null, null, null, null, null));
        }
        return new ReportTable("Báo cáo mức độ hài lòng của người dân", List.of(unitName, "Kỳ báo cáo: "
                + period.textVi()), List.of("Nhóm", "Tên", "Mức độ hài lòng|Rất hài lòng", "Mức độ hài lòng|Hài lòng",
                "Mức độ hài lòng|Bình thường", "Mức độ hài lòng|Không hài lòng", "Mức độ hài lòng|Rất không hài lòng",
                "Tổng số đánh giá", "Tỷ lệ người đánh giá hài lòng (%)"), rows);
    }

    private static List<Object> groupRow(String kind, Group g) {
        int t = g.total();
        double ratio = t == 0 ? 0 : (g.get(RatingLevel.VERY_SATISFIED) + g.get(RatingLevel.SATISFIED)) / (double) t;
        return row(kind, g.label(), g.get(RatingLevel.VERY_SATISFIED), g.get(RatingLevel.SATISFIED), 0,
                g.get(RatingLevel.DISSATISFIED), 0, t, percent(ratio));
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    static Double percent(double ratio) {
        return Math.round(ratio * 1000) / 10.0;
    }

    private static List<Group> groups(Map<String, Map<RatingLevel, Integer>> m) {
        return m.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Synced ratings carry an ISO instant or offset time; counter ratings a local time (null when unreadable). */
    public static LocalDateTime time(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDateTime.ofInstant(Instant.parse(s), VN);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(s).atZoneSameInstant(VN).toLocalDateTime();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(s);
                } catch (DateTimeParseException e) {
                    LOG.debug("Unreadable rating time {}", s, e);
                    return null;
                }
            }
        }
    }
}
