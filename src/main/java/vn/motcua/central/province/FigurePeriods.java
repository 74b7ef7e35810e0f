package vn.motcua.central.province;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.motcua.report.Period;

/**
 * The periods the province's overview offers: a calendar month, quarter or year, a custom range, and the reporting
 * period of DOMAIN.md §7.2 (Biểu II.06a/VPCP/KSTT: from the 15th of the month before the period-end month to the
 * 14th of the period-end month — e.g. the second quarter's report covers 15/03 to 14/06). Both ends are included,
 * as in {@link Period}.
 */
public final class FigurePeriods {

    /** Which kind of period a preset names. */
    public enum Kind { MONTH, QUARTER, YEAR }

    private FigurePeriods() {
    }

    public static Period month(int year, int month) {
        YearMonth m = YearMonth.of(year, month);
        return new Period(m.atDay(1), m.atEndOfMonth());
    }

    /** Quarter {@code q} (1–4) of {@code year}. */
    public static Period quarter(int year, int q) {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("Quý phải từ 1 đến 4.");
        }
        YearMonth first = YearMonth.of(year, 3 * q - 2);
        return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    /**
     * The §7.2 reporting period ending in {@code year}: for {@link Kind#MONTH} number = the month (1–12), for
     * {@link Kind#QUARTER} the quarter (1–4), for {@link Kind#YEAR} ignored. From the 15th of the month before the
     * period-end month to the 14th of the period-end month; a quarter or year starts where the previous one ended.
     */
    public static Period reporting(Kind kind, int year, int number) {
        YearMonth end = switch (kind) {
            case MONTH -> YearMonth.of(year, number);
            case QUARTER -> {
                if (number < 1 || number > 4) {
                    throw new IllegalArgumentException("Quý phải từ 1 đến 4.");
                }
                yield YearMonth.of(year, 3 * number);
            }
            case YEAR -> YearMonth.of(year, 12);
        };
        YearMonth startMonth = switch (kind) {
            case MONTH -> end.minusMonths(1);
            case QUARTER -> end.minusMonths(3);
            case YEAR -> end.minusMonths(12);
        };
        return new Period(startMonth.atDay(15), end.atDay(14));
    }

    /** The period of {@code kind} that holds {@code day} (calendar month, quarter or year). */
    public static Period containing(Kind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(day.getYear());
        };
    }
}
