package vn.motcua.domain.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Unit of a statutory processing time (DOMAIN.md §3.3, §4). */
public enum TimeUnit {
    /** Ngày làm việc: skips rest days and holidays, honours make-up working days. */
    WORKING_DAY("working-days", "ngày làm việc"),
    /** Ngày: every day counts, a result on a non-working day moves to the next working day. */
    CALENDAR_DAY("calendar-days", "ngày"),
    /** Giờ làm việc: walks the working sessions. */
    WORKING_HOUR("working-hours", "giờ làm việc"),
    /** Trong ngày: same day, or next working day after the cut-off. */
    SAME_DAY("same-day", "trong ngày");

    private final String key;
    private final String labelVi;

    TimeUnit(String key, String labelVi) {
        this.key = key;
        this.labelVi = labelVi;
    }

    /** The key used in JSON files and on the command line, e.g. {@code working-days}. */
    public String key() {
        return key;
    }

    public String labelVi() {
        return labelVi;
    }

    /** Accepts the key ({@code working-days}) or the enum name ({@code WORKING_DAY}), any case. */
    public static Optional<TimeUnit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(u -> u.key.equals(t) || u.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(t))
                .findFirst();
    }
}
