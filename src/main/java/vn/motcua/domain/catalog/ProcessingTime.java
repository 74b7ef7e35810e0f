package vn.motcua.domain.catalog;

/** A statutory processing time such as "03 ngày làm việc". For {@link TimeUnit#SAME_DAY} the value is 0. */
public record ProcessingTime(int value, TimeUnit unit) {

    public ProcessingTime {
        if (unit == null) {
            throw new IllegalArgumentException("processing time unit is required");
        }
        if (value < 0 || value > 3650) {
            throw new IllegalArgumentException("processing time must be between 0 and 3650, was " + value);
        }
        if (unit == TimeUnit.SAME_DAY) {
            value = 0;
        }
    }

    public static ProcessingTime workingDays(int n) {
        return new ProcessingTime(n, TimeUnit.WORKING_DAY);
    }

    public static ProcessingTime sameDay() {
        return new ProcessingTime(0, TimeUnit.SAME_DAY);
    }

    /** Vietnamese text as printed on forms, e.g. "03 ngày làm việc", "Trong ngày". */
    public String toVietnamese() {
        if (unit == TimeUnit.SAME_DAY) {
            return "Trong ngày";
        }
        return String.format("%02d %s", value, unit.labelVi());
    }
}
