package vn.motcua.central.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Escaping and the Vietnamese date formats of the citizen pages. */
public final class Html {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Html() {
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** "15 giờ 30 phút, ngày 29/04/2026" (DOMAIN.md §9). */
    public static String dateTime(LocalDateTime t) {
        return String.format("%02d giờ %02d phút, ngày %s", t.getHour(), t.getMinute(), DATE.format(t));
    }

    public static String dateTime(Instant t) {
        return dateTime(LocalDateTime.ofInstant(t, ZONE));
    }

    /** A stored local time ("2026-04-29T15:30") for display; the text itself if unreadable, "" for null. */
    public static String localText(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return dateTime(LocalDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
