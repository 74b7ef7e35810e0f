package vn.motcua.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * "Tình hình, kết quả giải quyết TTHC" (Biểu II.06a) per field, with the definitions of DOMAIN.md §2.4, each dossier
 * taken in the state it was in at the <b>end of the period</b> (E = the day after {@code to}, 00:00):
 * <ul>
 *   <li>new in period: received in [from, to] — online (channel 2) vs direct/postal; carried over: received before
 *       {@code from} and not finished before it;</li>
 *   <li>resolved: status 9/10 finished in the period (early / on time / late by the end date against the
 *       <b>statutory</b> appointment date, an apology's new date does not count), plus withdrawn (7) finished in the
 *       period, counted on time;</li>
 *   <li>in progress at the end: received by {@code to} and not finished by it; stopped (8) in the period is reported
 *       here as within time, like waiting for supplement; overdue when the appointment date is before {@code to}.</li>
 * </ul>
 * Refused (3) and online-not-yet-accepted (1) at E are left out. "The state at E" is the dossier's current row when
 * its current state began before E ({@code state_since < E}); otherwise the superseded state covering E from
 * {@code dossier_state} (status, statutory appointment, end of processing as they were then), so a closed period's
 * report never changes when later actions happen (decision 0006). A dossier changed after E with no recorded state
 * (received before the history existed and not changed since the upgrade) counts by its current row.
 *
 * <p>One scan of the covering index {@code dossier_report} over the dossiers received before E; only the few rows
 * changed after E look their state up (the join key is NULL for every other row, so SQLite does not seek). Each row
 * is classified once (three small codes: new/carried, resolved kind, in-progress kind) before the per-field sums.
 */
public record PeriodReport(Period period, List<PeriodRow> rows, PeriodRow total) {

    /** The per-field sums over the population, each row classified once (new/carried, resolved kind, open kind). */
    private static final String SQL = """
        SELECT fc, max(fn),
          sum(rk = 1), sum(rk = 2), sum(rk = 0),
          sum(sk > 0), sum(sk = 1), sum(sk = 2), sum(sk = 3),
          sum(pk > 0), sum(pk = 1), sum(pk = 2)
        FROM (
          SELECT fc, fn,
            CASE WHEN rec < :from THEN 0 WHEN ch = 2 THEN 1 ELSE 2 END AS rk,
            CASE WHEN st IN (7, 9, 10) AND fin >= :from AND fin < :end THEN
                   CASE WHEN st = 7 OR app IS NULL OR substr(fin, 1, 10) = substr(app, 1, 10) THEN 2
                        WHEN substr(fin, 1, 10) < substr(app, 1, 10) THEN 1 ELSE 3 END
                 ELSE 0 END AS sk,
            CASE WHEN fin IS NULL OR fin >= :end OR (st = 8 AND fin >= :from) THEN
                   CASE WHEN st = 8 OR (st = 5 AND fin IS NULL) OR app IS NULL OR app >= :to THEN 1 ELSE 2 END
                 ELSE 0 END AS pk
          FROM (%s)
        )
        GROUP BY fc
        ORDER BY 2
        """;

    /**
     * The dossiers Biểu II.06a counts for a period, each in its state at the end E: columns {@code fc, fn, ch, rec,
     * st, fin, app} (field code and name, channel, received, and status / end of processing / statutory appointment
     * at E) plus {@code extraColumns}; parameters ?1 = from, ?2 = to, ?3 = E. {@code extraWhere} narrows the
     * dossiers (alias {@code d}); without it the report's covering index is named, as the planner, without
     * statistics, might otherwise walk another one.
     */
    static String population(String extraColumns, String extraWhere) {
        return population(extraColumns, extraWhere, extraWhere == null ? "dossier_report" : null);
    }

    /** {@link #population(String, String)} walking the named index ({@code null}: the planner's choice). */
    static String population(String extraColumns, String extraWhere, String index) {
        String sql = """
            SELECT fc, fn, ch, rec, st, fin, app%s FROM (
              SELECT coalesce(d.field_code, '') AS fc, coalesce(d.field_name, '') AS fn, d.channel AS ch,
                     d.received_at AS rec,
                     CASE WHEN h.rowid IS NULL THEN d.status ELSE h.status END AS st,
                     CASE WHEN h.rowid IS NULL THEN d.finished_at ELSE h.finished_at END AS fin,
                     CASE WHEN h.rowid IS NULL THEN d.appointment_at ELSE h.appointment_at END AS app%s
              FROM dossier d%s
              LEFT JOIN dossier_state h ON h.dossier_rowid = CASE WHEN d.state_since >= :end THEN d.rowid END
                                       AND h.since < :end AND h.until >= :end
              WHERE d.deleted = 0 AND d.received_at < :end
                AND (d.finished_at IS NULL OR d.finished_at >= :from OR d.state_since >= :end)%s
              LIMIT -1
            )
            WHERE st NOT IN (1, 3) AND (fin IS NULL OR fin >= :from)
            LIMIT -1
            """;
        String extra = extraColumns == null ? "" : extraColumns;
        String outer = extra.isEmpty() ? "" : ", " + java.util.Arrays.stream(extra.split(","))
                .map(col -> col.trim().replaceAll(".* AS ", "")).reduce((a, b) -> a + ", " + b).orElse("");
        return sql.formatted(outer, extra.isEmpty() ? "" : ", " + extra,
                index == null ? "" : " INDEXED BY " + index,
                extraWhere == null ? "" : " AND " + extraWhere);
    }

    /** Binds the period's three parameters (?1 from, ?2 to, ?3 the end E) to a query written with :from/:to/:end. */
    static String bindable(String sql) {
        return sql.replace(":from", "?1").replace(":to", "?2").replace(":end", "?3");
    }

    static void bind(PreparedStatement ps, Period p) throws SQLException {
        ps.setString(1, p.from().toString());
        ps.setString(2, p.to().toString());
        ps.setString(3, p.to().plusDays(1).toString());
    }

    /** One counter's weight in a packed sum: three counters of 21 bits share one 63-bit integer. */
    private static final long SHIFT = 1L << 21;

    /**
     * The fast path (decision 0023) over the dossiers whose current state began before E (nearly all of a closed
     * period's): the same classification, each kind's counters packed into one sum (three sums instead of eleven),
     * summed per field while the index {@code dossier_field_report} walks the fields in order — one range on
     * {@code received_at} per field, the fields found by a skip scan ({@code f}) — so nothing is sorted. %3$s = the
     * field condition: the fields of the skip scan, or the dossiers without a field.
     */
    private static final String FAST = """
        WITH RECURSIVE f(fc) AS (
          SELECT min(field_code) FROM dossier WHERE deleted = 0
          UNION ALL
          SELECT (SELECT min(field_code) FROM dossier WHERE deleted = 0 AND field_code > f.fc) FROM f
          WHERE f.fc IS NOT NULL
        )
        SELECT coalesce(fc, ''), max(fn), count(*), sum(rk), sum(sk), sum(pk) FROM (
          SELECT field_code AS fc, coalesce(field_name, '') AS fn,
            CASE WHEN received_at < :from THEN 1 WHEN channel = 2 THEN %1$d ELSE %2$d END AS rk,
            CASE WHEN status IN (7, 9, 10) AND finished_at >= :from AND finished_at < :end THEN
                   CASE WHEN status = 7 OR appointment_at IS NULL
                             OR substr(finished_at, 1, 10) = substr(appointment_at, 1, 10) THEN %1$d
                        WHEN finished_at < appointment_at THEN 1 ELSE %2$d END
                 ELSE 0 END AS sk,
            CASE WHEN finished_at IS NULL OR finished_at >= :end OR (status = 8 AND finished_at >= :from) THEN
                   CASE WHEN status = 8 OR (status = 5 AND finished_at IS NULL) OR appointment_at IS NULL
                             OR appointment_at >= :to THEN 1 ELSE %1$d END
                 ELSE 0 END AS pk
          FROM dossier INDEXED BY dossier_field_report
          WHERE deleted = 0 AND %3$s AND received_at < :end AND (finished_at IS NULL OR finished_at >= :from)
            AND (state_since < :end OR state_since IS NULL) AND status NOT IN (1, 3)
        )
        GROUP BY fc
        """;

    /**
     * The report (decision 0023): the fast path, plus the dossiers changed after E counted as {@link #recount}
     * counts them; equal to the recount (tested on random histories).
     */
    public static PeriodReport compute(Connection c, Period p) throws SQLException {
        java.util.Map<String, PeriodRow> byField = new java.util.HashMap<>();
        for (String fields : List.of("field_code IN (SELECT fc FROM f)", "field_code IS NULL")) {
            String sql = bindable(FAST.formatted(SHIFT, SHIFT * SHIFT, fields));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, p);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getLong(3) >= SHIFT - 1) {
                            return recount(c, p); // a counter could overflow its 21 bits: count plainly
                        }
                        long rk = rs.getLong(4);
                        long sk = rs.getLong(5);
                        long pk = rs.getLong(6);
                        long early = sk % SHIFT;
                        long onTime = sk / SHIFT % SHIFT;
                        long late = sk / SHIFT / SHIFT;
                        long within = pk % SHIFT;
                        long overdue = pk / SHIFT;
                        merge(byField, new PeriodRow(rs.getString(1), rs.getString(2), rk / SHIFT % SHIFT,
                                rk / SHIFT / SHIFT, rk % SHIFT, early + onTime + late, early, onTime, late,
                                within + overdue, within, overdue));
                    }
                }
            }
        }
        // the dossiers received before E whose current state began at or after E: their state at E from
        // dossier_state. The range on received_at is read from dossier_report alone (it carries state_since), so the
        // dossiers received after E are never visited, and only the changed rows are classified.
        String changed = bindable(SQL.formatted(population(null, "d.state_since >= :end", "dossier_report")));
        for (PeriodRow r : rows(c, changed, p)) {
            merge(byField, r);
        }
        List<PeriodRow> rows = new ArrayList<>(byField.values());
        rows.sort(java.util.Comparator.comparing(PeriodRow::fieldName));
        return of(p, rows);
    }

    /**
     * The report counted plainly in one scan of {@code dossier_report}, every row classified then summed per field:
     * what {@link #compute} must equal (tested on random histories), and its fallback.
     */
    static PeriodReport recount(Connection c, Period p) throws SQLException {
        return of(p, rows(c, bindable(SQL.formatted(population(null, null))), p));
    }

    private static void merge(java.util.Map<String, PeriodRow> byField, PeriodRow r) {
        byField.merge(r.fieldCode(), r, (a, b) -> {
            PeriodRow sum = a.plus(b);
            String name = a.fieldName().compareTo(b.fieldName()) >= 0 ? a.fieldName() : b.fieldName();
            return new PeriodRow(sum.fieldCode(), name, sum.newOnline(), sum.newDirectOrPost(), sum.carriedOver(),
                    sum.resolved(), sum.early(), sum.onTime(), sum.late(), sum.inProgress(), sum.withinTime(),
                    sum.overdue());
        });
    }

    private static PeriodReport of(Period p, List<PeriodRow> rows) {
        PeriodRow total = PeriodRow.zero("", "Tổng cộng");
        for (PeriodRow r : rows) {
            total = total.plus(r);
        }
        return new PeriodReport(p, List.copyOf(rows), total);
    }

    private static List<PeriodRow> rows(Connection c, String sql, Period p) throws SQLException {
        List<PeriodRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, p);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PeriodRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                            rs.getLong(10), rs.getLong(11), rs.getLong(12)));
                }
            }
        }
        return rows;
    }
}
