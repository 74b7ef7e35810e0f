package vn.motcua.domain.calendar;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The two daily working sessions of the office (DOMAIN.md §4.1). A setting: the default is 07:00–11:30 and
 * 13:30–17:00. Times must be in order; the lunch break may be empty.
 */
public record WorkingSessions(LocalTime morningStart, LocalTime morningEnd,
                              LocalTime afternoonStart, LocalTime afternoonEnd) {

    /** 07:00–11:30, 13:30–17:00. */
    public static final WorkingSessions DEFAULT = new WorkingSessions(
            LocalTime.of(7, 0), LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0));

    public WorkingSessions {
        if (morningStart == null || morningEnd == null || afternoonStart == null || afternoonEnd == null) {
            throw new IllegalArgumentException("all four session times are required");
        }
        if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
                || !afternoonStart.isBefore(afternoonEnd)) {
            throw new IllegalArgumentException("Giờ làm việc không hợp lệ: cần buổi sáng bắt đầu trước khi kết thúc, "
                    + "buổi chiều sau buổi sáng (" + morningStart + "–" + morningEnd + ", "
                    + afternoonStart + "–" + afternoonEnd + ")");
        }
    }

    /** True when the time lies inside a session (start inclusive, end exclusive). */
    public boolean contains(LocalTime t) {
        return inMorning(t) || inAfternoon(t);
    }

    boolean inMorning(LocalTime t) {
        return !t.isBefore(morningStart) && t.isBefore(morningEnd);
    }

    boolean inAfternoon(LocalTime t) {
        return !t.isBefore(afternoonStart) && t.isBefore(afternoonEnd);
    }

    /** Working minutes of one full working day (480 = 8 h with the defaults). */
    public long minutesPerDay() {
        return minutesInside(LocalTime.MIN, null);
    }

    /**
     * Working minutes of one day between {@code from} (inclusive) and {@code to} (exclusive; {@code null} means the
     * end of the day).
     */
    long minutesInside(LocalTime from, LocalTime to) {
        return overlap(morningStart, morningEnd, from, to) + overlap(afternoonStart, afternoonEnd, from, to);
    }

    private static long overlap(LocalTime start, LocalTime end, LocalTime from, LocalTime to) {
        LocalTime lo = from.isAfter(start) ? from : start;
        LocalTime hi = to != null && to.isBefore(end) ? to : end;
        return lo.isBefore(hi) ? Duration.between(lo, hi).toMinutes() : 0;
    }
}
