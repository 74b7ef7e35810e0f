package vn.motcua.central.province;

import java.time.Instant;
import java.util.List;
import vn.motcua.report.Period;

/**
 * The province's overview: one row per commune (sorted and filtered as asked) and the province's totals over the
 * rows shown. {@code asOf} is the moment "overdue now" and "silent" were judged.
 */
public record Overview(Period period, Instant asOf, OverviewQuery query, List<CommuneRow> rows, CommuneRow total) {
    public Overview {
        rows = List.copyOf(rows);
    }
}
