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
        WITH d AS (
          SELECT field_code, field_name, channel, status,
                 substr(received_at, 1, 10) AS rd, substr(finished_at, 1, 10) AS fd,
                 substr(appointment_at, 1, 10) AS ad
          FROM dossier
          WHERE deleted = 0 AND status NOT IN (1, 3) AND received_at < :end
            AND (finished_at IS NULL OR finished_at >= :from)
        ), f AS (
          SELECT *,
                 (fd IS NOT NULL AND fd BETWEEN :from AND :to AND status IN (7, 9, 10)) AS res,
                 ((fd IS NULL OR fd > :to) OR (status = 8 AND fd BETWEEN :from AND :to)) AS prog
          FROM d
        )
        SELECT coalesce(field_code, ''), max(coalesce(field_name, '')),
          sum(rd >= :from AND channel = 2),
          sum(rd >= :from AND channel <> 2),
          sum(rd < :from),
          sum(res),
          sum(res AND status IN (9, 10) AND ad IS NOT NULL AND fd < ad),
          sum(res AND (status = 7 OR ad IS NULL OR fd = ad)),
          sum(res AND status IN (9, 10) AND ad IS NOT NULL AND fd > ad),
          sum(prog),
          sum(prog AND (status = 8 OR (status = 5 AND fd IS NULL) OR ad IS NULL OR ad >= :to)),
          sum(prog AND NOT (status = 8 OR (status = 5 AND fd IS NULL) OR ad IS NULL OR ad >= :to))
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
