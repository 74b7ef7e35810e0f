package vn.motcua.desk.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as a clerk writes them: dd/MM/yyyy, times HH:mm (DOMAIN.md §9). */
public final class Formats {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private Formats() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public static String dateTime(LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    /** A count with thousands grouped as the language writes them: "1.370" in Vietnamese, "1,370" in English. */
    public static String count(long n, boolean english) {
        String s = String.format(java.util.Locale.ROOT, "%,d", n);
        return english ? s : s.replace(',', '.');
    }

    /** "15 giờ 30 phút, ngày 29 tháng 04 năm 2026" — the long form printed on receipts. */
    public static String longVietnamese(LocalDateTime t) {
        return t == null ? "" : String.format("%02d giờ %02d phút, ngày %02d tháng %02d năm %d", t.getHour(),
                t.getMinute(), t.getDayOfMonth(), t.getMonthValue(), t.getYear());
    }

    /** Reads dd/MM/yyyy (also d/M/yyyy and dd-MM-yyyy); empty for anything else. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.trim().split("[/.-]");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String normal = String.format("%02d/%02d/%s", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    parts[2]);
            return Optional.of(LocalDate.parse(normal, DATE));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
