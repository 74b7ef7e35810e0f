package vn.motcua.central.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Vietnamese number and time formats of the dashboard pages. */
public final class Fmt {
    public static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private Fmt() {
    }

    /** "87,5 %", or "—" when there is nothing to divide by. */
    public static String pct(Double ratio) {
        if (ratio == null) {
            return "—";
        }
        long tenths = Math.round(ratio * 1000);
        return tenths / 10 + (tenths % 10 == 0 ? "" : "," + tenths % 10) + " %";
    }

    /** The ratio as a whole percentage for a bar's width (0 for none). */
    public static long width(Double ratio) {
        return ratio == null ? 0 : Math.max(0, Math.min(100, Math.round(ratio * 100)));
    }

    /** 1.234.567 (Vietnamese thousands separator). */
    public static String n(long v) {
        return String.format(java.util.Locale.GERMANY, "%,d", v);
    }

    public static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    public static String shortDay(LocalDate d) {
        return d == null ? "" : SHORT_DAY.format(d);
    }

    public static String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    public static String time(Instant t) {
        return t == null ? "" : TIME.format(LocalDateTime.ofInstant(t, VN));
    }

    /** A length of time: "dưới 1 phút", "12 phút", "3 giờ 5 phút", "2 ngày 4 giờ". */
    public static String span(long seconds) {
        Duration d = Duration.ofSeconds(Math.max(0, seconds));
        if (d.toMinutes() < 1) {
            return "dưới 1 phút";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " phút";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " giờ" + (d.toMinutesPart() == 0 ? "" : " " + d.toMinutesPart() + " phút");
        }
        return d.toDays() + " ngày" + (d.toHoursPart() == 0 ? "" : " " + d.toHoursPart() + " giờ");
    }

    /** "5 phút trước", "3 giờ trước", "2 ngày trước"; "chưa bao giờ" for null. */
    public static String ago(Instant t, Instant now) {
        if (t == null) {
            return "chưa bao giờ";
        }
        Duration d = Duration.between(t, now);
        if (d.toMinutes() < 1) {
            return "vừa xong";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " phút trước";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " giờ trước";
        }
        return d.toDays() + " ngày trước";
    }
}
