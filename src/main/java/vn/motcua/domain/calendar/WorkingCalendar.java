package vn.motcua.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which days the office works: weekly rest days (default Saturday and Sunday) changed by the calendar table of each
 * year (extra days off, make-up working days). A year without official data is generated on demand from the
 * statutory rules by {@link ProvisionalCalendar} and cached; {@link #isProvisional(int)} tells the UI to warn.
 * Immutable apart from that cache; safe to share between threads. Generated years are limited to the range of
 * {@link LunarCalendar} (1900–2199): asking about a date outside it without official data throws
 * IllegalArgumentException.
 */
public final class WorkingCalendar {

    /** Saturday and Sunday. */
    public static final Set<DayOfWeek> DEFAULT_REST_DAYS =
            Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    private final Set<DayOfWeek> restDays;
    private final Map<Integer, CalendarYear> officialYears;
    private final ProvisionalCalendar generator;
    private final Map<Integer, YearIndex> index = new ConcurrentHashMap<>();

    private record YearIndex(CalendarYear year, Map<LocalDate, CalendarEntry> byDate) {
        static YearIndex of(CalendarYear year) {
            return new YearIndex(year, year.entries().stream()
                    .collect(Collectors.toUnmodifiableMap(CalendarEntry::date, Function.identity())));
        }
    }

    private WorkingCalendar(Set<DayOfWeek> restDays, Map<Integer, CalendarYear> officialYears) {
        this.restDays = restDays;
        this.officialYears = officialYears;
        this.generator = new ProvisionalCalendar(restDays);
        officialYears.forEach((y, data) -> index.put(y, YearIndex.of(data)));
    }

    /**
     * A calendar from weekly rest days and the calendar tables of some years.
     *
     * @throws IllegalArgumentException when every day of the week is a rest day or a year is given twice
     */
    public static WorkingCalendar of(Set<DayOfWeek> restDays, Collection<CalendarYear> years) {
        if (restDays == null || years == null) {
            throw new IllegalArgumentException("rest days and years are required");
        }
        if (restDays.size() >= 7) {
            throw new IllegalArgumentException("at least one day of the week must be a working day");
        }
        Map<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear y : years) {
            if (byYear.put(y.year(), y) != null) {
                throw new IllegalArgumentException("calendar year " + y.year() + " given twice");
            }
        }
        Set<DayOfWeek> rest = restDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(restDays);
        return new WorkingCalendar(Collections.unmodifiableSet(rest), Collections.unmodifiableMap(byYear));
    }

    /** Saturday/Sunday rest days and the given years. */
    public static WorkingCalendar of(Collection<CalendarYear> years) {
        return of(DEFAULT_REST_DAYS, years);
    }

    /** True when the office works on that date. */
    public boolean isWorkingDay(LocalDate date) {
        return entry(date).map(e -> e.kind() == DayKind.WORKING_DAY)
                .orElseGet(() -> !restDays.contains(date.getDayOfWeek()));
    }

    /** True when the date is an extra day off of the calendar table (a holiday, not a plain weekend). */
    public boolean isHoliday(LocalDate date) {
        return entry(date).map(e -> e.kind() == DayKind.DAY_OFF).orElse(false);
    }

    /** The first working day strictly after the date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The date itself when it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /** The calendar-table entry of the date (official or provisional), if any. */
    public Optional<CalendarEntry> entry(LocalDate date) {
        return Optional.ofNullable(indexOf(date.getYear()).byDate().get(date));
    }

    /** True when the year has no official data (or its data is itself marked provisional). */
    public boolean isProvisional(int year) {
        return year(year).provisional();
    }

    /** The calendar table of the year: official when known, otherwise generated (provisional). */
    public CalendarYear year(int year) {
        return indexOf(year).year();
    }

    /** The years this calendar was built from (not the generated ones), in order. */
    public List<CalendarYear> years() {
        return List.copyOf(officialYears.values());
    }

    /** The weekly rest days. */
    public Set<DayOfWeek> restDays() {
        return restDays;
    }

    private YearIndex indexOf(int year) {
        return index.computeIfAbsent(year, y -> YearIndex.of(generator.generate(y)));
    }
}
