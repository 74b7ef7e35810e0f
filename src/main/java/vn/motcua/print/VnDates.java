package vn.motcua.print;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Dates and times as Vietnamese forms print them (DOMAIN.md §9, "Date/time display"). */
public final class VnDates {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DMY_HM = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private VnDates() {
    }

    /** "15 giờ 30 phút, ngày 29 tháng 04 năm 2026". */
    public static String full(LocalDateTime t) {
        return String.format("%02d giờ %02d phút, %s", t.getHour(), t.getMinute(), longDate(t.toLocalDate()));
    }

    /** "ngày 29 tháng 04 năm 2026". */
    public static String longDate(LocalDate d) {
        return String.format("ngày %02d tháng %02d năm %d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** "Quảng Phú, ngày 29 tháng 04 năm 2026" (the place left out when unknown). */
    public static String placeAndDate(String place, LocalDate d) {
        String date = longDate(d);
        if (place == null || place.isBlank()) {
            return Character.toUpperCase(date.charAt(0)) + date.substring(1);
        }
        return place.strip() + ", " + date;
    }

    /** "29/04/2026". */
    public static String date(LocalDate d) {
        return d == null ? "" : DMY.format(d);
    }

    /** "15:30 29/04/2026" (tables). */
    public static String dateTime(LocalDateTime t) {
        return t == null ? "" : DMY_HM.format(t);
    }
}
