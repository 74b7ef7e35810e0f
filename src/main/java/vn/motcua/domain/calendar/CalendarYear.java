package vn.motcua.domain.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The calendar table of one solar year: its extra days off and make-up working days, sorted by date.
 *
 * @param provisional true when the year was not officially announced (generated from the statutory rules, DOMAIN.md
 *                    §4.3); the UI warns when an appointment depends on such a year
 * @param source      where the data comes from (notice number, "provisional (statutory rules)", ...)
 */
public record CalendarYear(int year, boolean provisional, String source, List<CalendarEntry> entries) {

    public CalendarYear {
        if (entries == null) {
            throw new IllegalArgumentException("entries are required (may be empty)");
        }
        source = source == null ? "" : source.strip();
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarEntry e : entries) {
            if (e == null) {
                throw new IllegalArgumentException("null calendar entry in year " + year);
            }
            if (e.date().getYear() != year) {
                throw new IllegalArgumentException("entry " + e.date() + " does not belong to year " + year);
            }
            if (!seen.add(e.date())) {
                throw new IllegalArgumentException("duplicate calendar entry for " + e.date());
            }
        }
        entries = entries.stream().sorted(Comparator.comparing(CalendarEntry::date)).toList();
    }

    /** The entry for a date of this year, if the table has one. */
    public Optional<CalendarEntry> entry(LocalDate date) {
        return entries.stream().filter(e -> e.date().equals(date)).findFirst();
    }

    /** The dates of the given kind, in order. */
    public List<LocalDate> dates(DayKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).map(CalendarEntry::date).toList();
    }
}
