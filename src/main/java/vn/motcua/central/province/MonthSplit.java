package vn.motcua.central.province;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.motcua.report.Period;

/**
 * How the overview reads a period from the sums (decision 0021): the calendar months lying wholly inside it from
 * {@code figure_office_month}, the days of the (at most two) partial months at its edges from
 * {@code figure_office_day}. Everything before the period's first month comes from the month rows too ("carried
 * over" needs all of it). Bounds are text ('yyyy-mm', 'yyyy-mm-dd'); an empty day range is {@code '1' .. '0'}, which
 * no day satisfies.
 *
 * @param firstMonth the month of the period's first day: month rows before it are before the period
 * @param fullFrom   the first month wholly inside the period
 * @param fullTo     the last month wholly inside the period (before {@code fullFrom} when there is none)
 * @param edge1From  the first day of the first month when that month is not wholly inside, else empty
 * @param edge1To    the last day of that month that is not after the period's end
 * @param edge2From  the first day of the last month when it differs from the first and is not wholly inside
 * @param edge2To    the period's last day
 */
record MonthSplit(String firstMonth, String fullFrom, String fullTo, String edge1From, String edge1To,
                  String edge2From, String edge2To) {

    private static final String NONE_FROM = "1";
    private static final String NONE_TO = "0";

    static MonthSplit of(Period p) {
        YearMonth first = YearMonth.from(p.from());
        YearMonth last = YearMonth.from(p.to());
        boolean firstWhole = p.from().equals(first.atDay(1)) && !first.atEndOfMonth().isAfter(p.to());
        boolean lastWhole = p.to().equals(last.atEndOfMonth());
        YearMonth fullFrom = p.from().equals(first.atDay(1)) ? first : first.plusMonths(1);
        YearMonth fullTo = lastWhole ? last : last.minusMonths(1);
        String e1From = NONE_FROM;
        String e1To = NONE_TO;
        if (!firstWhole) {
            LocalDate end = first.atEndOfMonth().isAfter(p.to()) ? p.to() : first.atEndOfMonth();
            e1From = first.atDay(1).toString();
            e1To = end.toString();
        }
        String e2From = NONE_FROM;
        String e2To = NONE_TO;
        if (!last.equals(first) && !lastWhole) {
            e2From = last.atDay(1).toString();
            e2To = p.to().toString();
        }
        return new MonthSplit(first.toString(), fullFrom.toString(), fullTo.toString(), e1From, e1To, e2From, e2To);
    }
}
