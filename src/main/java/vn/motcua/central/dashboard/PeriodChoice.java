package vn.motcua.central.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.motcua.central.province.FigurePeriods;
import vn.motcua.report.Period;

/**
 * The period chooser of the dashboard, read from the query string: {@code p} = {@code month} ({@code y}, {@code m}),
 * {@code quarter} ({@code y}, {@code q}), {@code year} ({@code y}), {@code report} (the §7.2 reporting period of a
 * quarter: {@code y}, {@code q}) or {@code custom} ({@code from}, {@code to}, ISO dates). Anything missing or
 * unreadable falls back to the current month, with {@link #problem} saying what was ignored.
 */
public record PeriodChoice(String kind, int year, int month, int quarter, LocalDate from, LocalDate to,
                           Period period, String problem) {

    /** Reads the chooser's fields; {@code today} is the Vietnamese date now. */
    public static PeriodChoice read(java.util.function.Function<String, String> param, LocalDate today) {
        String kind = param.apply("p") == null ? "month" : param.apply("p").toLowerCase(Locale.ROOT);
        int year = number(param.apply("y"), today.getYear(), 2000, 2100);
        int month = number(param.apply("m"), today.getMonthValue(), 1, 12);
        int quarter = number(param.apply("q"), (today.getMonthValue() - 1) / 3 + 1, 1, 4);
        LocalDate from = date(param.apply("from"));
        LocalDate to = date(param.apply("to"));
        try {
            Period p = switch (kind) {
                case "quarter" -> FigurePeriods.quarter(year, quarter);
                case "year" -> FigurePeriods.year(year);
                case "report" -> FigurePeriods.reporting(FigurePeriods.Kind.QUARTER, year, quarter);
                case "custom" -> {
                    if (from == null || to == null) {
                        throw new IllegalArgumentException("Chọn ngày bắt đầu và ngày kết thúc (dd/mm/yyyy).");
                    }
                    yield FigurePeriods.custom(from, to);
                }
                default -> FigurePeriods.month(year, month);
            };
            String k = switch (kind) {
                case "quarter", "year", "report", "custom" -> kind;
                default -> "month";
            };
            return new PeriodChoice(k, year, month, quarter, from, to, p, null);
        } catch (IllegalArgumentException e) {
            return new PeriodChoice("month", today.getYear(), today.getMonthValue(), quarter, from, to,
                    FigurePeriods.month(today.getYear(), today.getMonthValue()),
                    "Kỳ đã chọn không hợp lệ (" + e.getMessage() + "); đang xem tháng này.");
        }
    }

    /** The chooser's fields as a query string (no leading {@code ?}), to keep the period across links. */
    public String query() {
        return switch (kind) {
            case "quarter", "report" -> "p=" + kind + "&y=" + year + "&q=" + quarter;
            case "year" -> "p=year&y=" + year;
            case "custom" -> "p=custom&from=" + period.from() + "&to=" + period.to();
            default -> "p=month&y=" + year + "&m=" + month;
        };
    }

    /** "Tháng 6/2026", "Quý II/2026", "Năm 2026", "Kỳ báo cáo quý II/2026", or the dates. */
    public String label() {
        String[] roman = {"I", "II", "III", "IV"};
        return switch (kind) {
            case "quarter" -> "Quý " + roman[quarter - 1] + "/" + year;
            case "year" -> "Năm " + year;
            case "report" -> "Kỳ báo cáo quý " + roman[quarter - 1] + "/" + year;
            case "custom" -> "Tùy chọn";
            default -> "Tháng " + month + "/" + year;
        };
    }

    private static int number(String s, int fallback, int min, int max) {
        try {
            int v = Integer.parseInt(s == null ? "" : s.strip());
            return v < min || v > max ? fallback : v;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
