package vn.motcua.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * "Tình hình, kết quả giải quyết TTHC" (Biểu II.06a) per field, with the definitions of DOMAIN.md §2.4:
 * <ul>
 *   <li>new in period: received in [from, to] — online (channel 2) vs direct/postal; carried over: received before
 *       {@code from} and not finished before it;</li>
 *   <li>resolved: status 9/10 finished in the period (early / on time / late by the end date against the
 *       <b>statutory</b> appointment date, an apology's new date does not count), plus withdrawn (7) finished in the
 *       period, counted on time;</li>
 *   <li>in progress at the end: received by {@code to} and not finished by it; stopped (8) in the period is reported
 *       here as within time, like waiting for supplement; overdue when the appointment date is before {@code to}.</li>
 * </ul>
 * Refused (3) and online-not-yet-accepted (1) are left out. One aggregate query; dossiers finished before the period
 * are never read.
 */
public record PeriodReport(Period period, List<PeriodRow> rows, PeriodRow total) {

    private static final String SQL = """
        WITH f AS (
          SELECT field_code, field_name, channel, status, received_at, finished_at, appointment_at,
                 (finished_at >= :from AND finished_at < :end AND status IN (7, 9, 10)) AS res,
                 (finished_at IS NULL OR finished_at >= :end
                   OR (status = 8 AND finished_at >= :from AND finished_at < :end)) AS prog
          FROM dossier
          WHERE deleted = 0 AND status NOT IN (1, 3) AND received_at < :end
            AND (finished_at IS NULL OR finished_at >= :from)
        )
        SELECT coalesce(field_code, ''), max(coalesce(field_name, '')),
          sum(received_at >= :from AND channel = 2),
          sum(received_at >= :from AND channel <> 2),
          sum(received_at < :from),
          sum(res),
          sum(res AND status IN (9, 10) AND appointment_at IS NOT NULL
              AND substr(finished_at, 1, 10) < substr(appointment_at, 1, 10)),
          sum(res AND (status = 7 OR appointment_at IS NULL
              OR substr(finished_at, 1, 10) = substr(appointment_at, 1, 10))),
          sum(res AND status IN (9, 10) AND appointment_at IS NOT NULL
              AND substr(finished_at, 1, 10) > substr(appointment_at, 1, 10)),
          sum(prog),
          sum(prog AND (status = 8 OR (status = 5 AND finished_at IS NULL) OR appointment_at IS NULL
              OR appointment_at >= :to)),
          sum(prog AND NOT (status = 8 OR (status = 5 AND finished_at IS NULL) OR appointment_at IS NULL
              OR appointment_at >= :to))
        FROM f
        GROUP BY coalesce(field_code, '')
        ORDER BY 2
        """;

    public static PeriodReport compute(Connection c, Period p) throws SQLException {
        String sql = SQL.replace(":from", "?1").replace(":to", "?2").replace(":end", "?3");
        List<PeriodRow> rows = new ArrayList<>();
        PeriodRow total = PeriodRow.zero("", "Tổng cộng");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, p.from().toString());
            ps.setString(2, p.to().toString());
            ps.setString(3, p.to().plusDays(1).toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PeriodRow r = new PeriodRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                            rs.getLong(10), rs.getLong(11), rs.getLong(12));
                    rows.add(r);
                    total = total.plus(r);
                }
            }
        }
        return new PeriodReport(p, List.copyOf(rows), total);
    }
}
