package vn.motcua.report;

/**
 * One row of the periodic results report (Biểu II.06a): a field (lĩnh vực) or the total.
 * Columns (3) = (4) + (5) + (6); (7) = (8) + (9) + (10); (11) = (12) + (13); (3) = (7) + (11).
 */
public record PeriodRow(
        String fieldCode,
        String fieldName,
        long newOnline,
        long newDirectOrPost,
        long carriedOver,
        long resolved,
        long early,
        long onTime,
        long late,
        long inProgress,
        long withinTime,
        long overdue) {

    /** Column (3): total received = new online + new direct/postal + carried over. */
    public long received() {
        return newOnline + newDirectOrPost + carriedOver;
    }

    PeriodRow plus(PeriodRow o) {
        return new PeriodRow(fieldCode, fieldName, newOnline + o.newOnline, newDirectOrPost + o.newDirectOrPost,
                carriedOver + o.carriedOver, resolved + o.resolved, early + o.early, onTime + o.onTime,
                late + o.late, inProgress + o.inProgress, withinTime + o.withinTime, overdue + o.overdue);
    }

    static PeriodRow zero(String code, String name) {
        return new PeriodRow(code, name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** On-time rate of resolved dossiers (early + on time) ÷ resolved, or 1 when nothing was resolved. */
    public double onTimeRate() {
        return resolved == 0 ? 1.0 : (double) (early + onTime) / resolved;
    }
}
