package vn.motcua.central.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import vn.motcua.central.province.FigurePeriods;
import vn.motcua.central.province.Overview;
import vn.motcua.central.province.OverviewQuery;
import vn.motcua.central.province.ProvinceFigures;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.report.Period;

/**
 * The province overview at scale (issue 16): N communes with two desks each and M dossiers over two years, generated
 * straight into the figure tables by bulk SQL ({@code generate_series} on PostgreSQL, a recursive CTE on SQLite) —
 * {@code figure_dossier} with M rows (2.5 % still open, about a sixth of those overdue; a third rated, one in 150
 * "Không hài lòng") and the per-day sums and V13 counters grouped from it — then {@link ProvinceFigures#overview} timed for a year, a quarter and a month.
 * The dossier table itself is not filled: the overview never reads it (docs/performance.md).
 */
public final class FiguresBench {
    /** The target for the overview (issue 16): 300 ms. */
    public static final double TARGET_MS = 300;
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 730;

    /** One timed query: its name, the median and worst of the timed runs, against the target. */
    public record Row(String name, int rows, double medianMs, double maxMs, double targetMs, boolean met) {
    }

    /** What {@code motcua central figures bench} prints. */
    public record Figures(String database, int communes, long dossiers, double loadSeconds, List<Row> rows) {
    }

    private final CentralDatabase db;
    private final Consumer<String> progress;

    public FiguresBench(CentralDatabase db, Consumer<String> progress) {
        this.db = db;
        this.progress = progress;
    }

    public Figures run(int communes, long dossiers, int runs) {
        boolean pg = db.dialect() == CentralDatabase.Dialect.POSTGRESQL;
        long t0 = System.nanoTime();
        db.write(c -> {
            load(c, pg, communes, dossiers);
            return null;
        });
        vacuum(pg);
        double load = (System.nanoTime() - t0) / 1e9;
        progress.accept(String.format("loaded %,d communes and %,d dossiers in %.1f s", communes, dossiers, load));
        // "now" is the end of the generated two years, so some open dossiers are overdue
        Clock clock = Clock.fixed(START.plusDays(DAYS).atTime(10, 0).toInstant(ZoneOffset.ofHours(7)), ZoneOffset.UTC);
        ProvinceFigures figures = new ProvinceFigures(db, clock);
        LocalDate last = START.plusDays(DAYS - 1);
        List<Row> rows = new ArrayList<>();
        rows.add(time("overview, year (" + last.getYear() + ")", figures,
                OverviewQuery.of(FigurePeriods.year(last.getYear())), runs));
        rows.add(time("overview, quarter, sorted by on-time rate", figures,
                OverviewQuery.of(FigurePeriods.containing(FigurePeriods.Kind.QUARTER, last))
                        .sortedBy(OverviewQuery.Sort.ON_TIME_RATE, false), runs));
        rows.add(time("overview, §7.2 reporting month", figures, OverviewQuery.of(FigurePeriods.reporting(
                FigurePeriods.Kind.MONTH, last.getYear(), last.getMonthValue())), runs));
        rows.add(time("one commune (week trend, procedures, fields, overdue)", figures, null, runs));
        return new Figures(db.dialect().name(), communes, dossiers, Math.round(load * 10) / 10.0, rows);
    }

    private Row time(String name, ProvinceFigures f, OverviewQuery q, int runs) {
        Period year = FigurePeriods.year(START.plusDays(DAYS - 1).getYear());
        int n = 0;
        for (int i = 0; i < 3; i++) {
            n = q == null ? f.commune("B00001", year).map(d -> d.perProcedure().size()).orElse(0)
                    : f.overview(q).rows().size();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            if (q == null) {
                f.commune("B00001", year);
            } else {
                Overview o = f.overview(q);
                n = o.rows().size();
            }
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[runs / 2];
        Row r = new Row(name, n, Math.round(median * 10) / 10.0, Math.round(ms[runs - 1] * 10) / 10.0, TARGET_MS,
                median < TARGET_MS);
        progress.accept(String.format("%-55s %5d rows  median %7.1f ms  max %7.1f ms  target < %.0f ms %s", name, n,
                median, ms[runs - 1], TARGET_MS, r.met() ? "✔" : "✘"));
        return r;
    }

    /** An integer expression as five digits with leading zeros (the generated communes' codes B00001 …). */
    private static String pad(boolean pg, String expr) {
        return pg ? "lpad((" + expr + ")::text, 5, '0')" : "substr('00000' || (" + expr + "), -5, 5)";
    }

    private void load(Connection c, boolean pg, int communes, long dossiers) throws SQLException {
        long now = Instant.now().toEpochMilli();
        String series = pg ? "generate_series(1::bigint, %d) AS s(i)" : "s";
        String with = pg ? "" : "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %d) ";
        String day = pg ? "(DATE '" + START + "' + ((%s))::int)::text" : "date('" + START + "', '+' || (%s) || ' days')";
        try (var st = c.createStatement()) {
            st.executeUpdate((with + "INSERT INTO office (code, name, change_seq, created_at) SELECT "
                    + "'B' || " + pad(pg, "i") + ", 'Xã thử ' || i, 0, " + now + " FROM " + series)
                    .formatted(communes, communes));
            st.executeUpdate((with + "INSERT INTO device (id, office_code, desk_no, token_hash, rating_secret, name, "
                    + "enrolled_at, last_seen_at) SELECT 'dev-' || i, " + "'B' || " + pad(pg, "((i + 1) / 2)") + ", 1 + (i - 1) %% 2, 'hash-' || i, 'x', 'Quầy', " + now + ", "
                    + now + " - (i %% 7) * 20000000 FROM " + series).formatted(2 * communes, 2 * communes));
            progress.accept("offices and desks loaded; generating figure_dossier …");
            // r = received day offset; open one in forty (2.5 %), received in the last 30 days and due 25 days
            // later (about a sixth of them overdue, some due earlier today); the rest spread over the two years, closed,
            // resolved kind by i % 3 (none for i % 10 = 7); a third rated, one in 150 of all "Không hài lòng"
            // (the rated ones of every 50th run of 500 consecutive dossiers, so every commune has some)
            String r = "(CASE WHEN i %% 40 = 0 THEN " + (DAYS - 1) + " - (i / 40) %% 30 ELSE (i * 7919) %% " + DAYS
                    + " END)";
            String sql = (with + "INSERT INTO figure_dossier (dossier_id, office_code, procedure_code, field_code, "
                    + "received_day, online, closed_day, resolved_day, resolved_kind, digitised, apology_days, "
                    + "rating_level, rating_at, rating_channel, dissatisfied_from, due_at) SELECT "
                    + "'d' || i, 'B' || " + pad(pg, "(1 + i %% " + communes + ")") + ", "
                    + "'P' || (i %% 40), 'F' || (i %% 8), " + day.formatted(r) + ", "
                    + "CASE WHEN i %% 5 = 0 THEN 1 ELSE 0 END, "
                    + "CASE WHEN i %% 40 = 0 THEN NULL ELSE " + day.formatted(r + " + i %% 9") + " END, "
                    + "CASE WHEN i %% 40 = 0 OR i %% 10 = 7 THEN NULL ELSE " + day.formatted(r + " + i %% 9") + " END, "
                    + "CASE WHEN i %% 40 = 0 OR i %% 10 = 7 THEN 0 ELSE 1 + i %% 3 END, "
                    + "CASE WHEN i %% 4 = 0 THEN 1 ELSE 0 END, '', "
                    + "CASE WHEN i %% 3 = 0 THEN (CASE WHEN (i / 500) %% 50 = 0 THEN 'DISSATISFIED' ELSE 'SATISFIED' "
                    + "END) END, "
                    + "CASE WHEN i %% 3 = 0 THEN " + day.formatted(r + " + i %% 9") + " || 'T10:00:00.000' END, "
                    + "CASE WHEN i %% 3 = 0 THEN 'QR' END, "
                    + "CASE WHEN i %% 3 = 0 AND (i / 500) %% 50 = 0 THEN " + day.formatted(r + " + i %% 9") + " END, "
                    + "CASE WHEN i %% 40 = 0 THEN " + day.formatted(r + " + 25") + " || (CASE WHEN i %% 80 = 0 "
                    + "THEN 'T08:00:00' ELSE 'T17:00:00' END) END "
                    + "FROM " + series).formatted(dossiers, dossiers);
            st.executeUpdate(sql);
            progress.accept("figure_dossier loaded; summing per day …");
            String union = String.join(" UNION ALL ",
                    ("SELECT office_code, procedure_code, field_code, received_day AS day, 1 AS rc, online AS ro, 0 AS cl, "
                            + "0 AS e, 0 AS o, 0 AS l, digitised AS dg, 0 AS ap, 0 AS rv, 0 AS rs, 0 AS rd "
                            + "FROM figure_dossier"),
                    ("SELECT office_code, procedure_code, field_code, closed_day, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 "
                            + "FROM figure_dossier WHERE closed_day IS NOT NULL"),
                    ("SELECT office_code, procedure_code, field_code, resolved_day, 0, 0, 0, "
                            + "CASE WHEN resolved_kind = 1 THEN 1 ELSE 0 END, CASE WHEN resolved_kind = 2 THEN 1 "
                            + "ELSE 0 END, CASE WHEN resolved_kind = 3 THEN 1 ELSE 0 END, 0, 0, 0, 0, 0 "
                            + "FROM figure_dossier WHERE resolved_day IS NOT NULL"),
                    ("SELECT office_code, procedure_code, field_code, substr(rating_at, 1, 10), 0, 0, 0, 0, 0, 0, 0, "
                            + "0, 0, CASE WHEN rating_level = 'SATISFIED' THEN 1 ELSE 0 END, CASE WHEN rating_level = "
                            + "'DISSATISFIED' THEN 1 ELSE 0 END FROM figure_dossier WHERE rating_level IS NOT NULL"));
            String sums = "sum(rc), sum(ro), sum(cl), sum(e), sum(o), sum(l), sum(dg), sum(ap), sum(rv), sum(rs), "
                    + "sum(rd)";
            String cols = "received, received_online, closed, resolved_early, resolved_on_time, resolved_late, "
                    + "digitised, apologies, rated_very, rated_satisfied, rated_dissatisfied";
            st.executeUpdate("INSERT INTO figure_day (office_code, day, procedure_code, field_code, " + cols
                    + ") SELECT office_code, day, procedure_code, field_code, " + sums + " FROM (" + union
                    + ") x GROUP BY office_code, day, procedure_code, field_code");
            progress.accept("figure_day summed; summing per office and day …");
            st.executeUpdate("INSERT INTO figure_office_day (office_code, day, " + cols + ") SELECT office_code, day, "
                    + cols.replaceAll("(\\w+)", "sum($1)") + " FROM figure_day GROUP BY office_code, day");
            progress.accept("figure_office_day summed; the counters of V13 …");
            // the same statements as migration V13 fills an upgraded server's counters with
            st.executeUpdate("INSERT INTO figure_office_month (office_code, month, " + cols + ") SELECT office_code, "
                    + "substr(day, 1, 7), " + cols.replaceAll("(\\w+)", "sum($1)") + " FROM figure_office_day "
                    + "GROUP BY office_code, substr(day, 1, 7)");
            st.executeUpdate("INSERT INTO figure_open_due (office_code, due_day, dossiers) SELECT office_code, "
                    + "substr(due_at, 1, 10), count(*) FROM figure_dossier WHERE due_at IS NOT NULL "
                    + "GROUP BY office_code, substr(due_at, 1, 10)");
            st.executeUpdate("INSERT INTO figure_dissatisfied (office_code, from_day, closed_day, dossiers) SELECT "
                    + "office_code, dissatisfied_from, COALESCE(closed_day, '9999-12-31'), count(*) FROM "
                    + "figure_dossier WHERE dissatisfied_from IS NOT NULL GROUP BY office_code, dissatisfied_from, "
                    + "COALESCE(closed_day, '9999-12-31')");
            if (!pg) {
                st.execute("ANALYZE");
            }
        }
    }

    /**
     * After the bulk load, outside its transaction: PostgreSQL's {@code VACUUM ANALYZE} (statistics, and the
     * visibility map its index-only scans need — what autovacuum does on a live server); SQLite needs nothing more.
     */
    private void vacuum(boolean pg) {
        if (pg) {
            db.read(c -> {
                try (var st = c.createStatement()) {
                    st.execute("VACUUM ANALYZE");
                }
                return null;
            });
        }
    }
}
