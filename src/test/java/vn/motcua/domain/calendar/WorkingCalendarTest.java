package vn.motcua.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = TestCalendars.official();

    @ParameterizedTest(name = "{0} working={1}")
    @CsvSource({
        // around Tết 2026
        "2026-02-13, true",   // Friday before the break
        "2026-02-14, false",  // Saturday
        "2026-02-16, false",  // Tết
        "2026-02-20, false",  // Tết
        "2026-02-23, true",   // Monday after
        // make-up Saturdays and their weekends
        "2026-01-10, true",
        "2026-01-11, false",
        "2026-01-17, false",  // an ordinary Saturday
        "2026-08-22, true",
        "2026-08-23, false",
        "2025-04-26, true",
        "2025-04-27, false",
        // ordinary weekdays next to holidays
        "2025-04-29, true",
        "2025-05-05, true",
        "2026-04-28, true",
        "2026-09-03, true",
    })
    void isWorkingDay_followsRestDaysAndTable(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "after {0} comes {1}")
    @CsvSource({
        "2026-02-13, 2026-02-23",
        "2026-04-29, 2026-05-04",
        "2026-08-21, 2026-08-22",
        "2026-08-28, 2026-09-03",
        "2025-01-24, 2025-02-03",
        "2026-03-02, 2026-03-03",
    })
    void nextWorkingDay_isStrictlyAfter(LocalDate date, LocalDate expected) {
        assertThat(calendar.nextWorkingDay(date)).isEqualTo(expected);
    }

    @Test
    void entry_describesTableDaysOnly() {
        assertThat(calendar.entry(LocalDate.of(2026, 8, 22))).get()
                .extracting(CalendarEntry::kind).isEqualTo(DayKind.WORKING_DAY);
        assertThat(calendar.entry(LocalDate.of(2026, 8, 23))).isEmpty();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 2, 16))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 2, 14))).isFalse();
    }

    @Test
    void yearsWithoutOfficialData_areGeneratedAndProvisional() {
        assertThat(calendar.isProvisional(2026)).isFalse();
        assertThat(calendar.isProvisional(2027)).isTrue();
        assertThat(calendar.year(2027).source()).isEqualTo(ProvisionalCalendar.SOURCE);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).as("Monday of Tết 2027").isFalse();
        assertThat(calendar.years()).extracting(CalendarYear::year).containsExactly(2025, 2026);
    }

    @Test
    void generatedYear_isCachedAndSafeUnderConcurrentUse() {
        WorkingCalendar fresh = TestCalendars.official();
        Set<CalendarYear> seen = IntStream.range(0, 64).parallel()
                .mapToObj(i -> fresh.year(2028 + i % 4))
                .collect(Collectors.toCollection(() -> Collections.newSetFromMap(new IdentityHashMap<>())));
        assertThat(seen).hasSize(4);
    }

    @Test
    void customRestDays_sundayOnlyOffice() {
        WorkingCalendar sundayOnly = WorkingCalendar.of(EnumSet.of(DayOfWeek.SUNDAY), List.of());
        assertThat(sundayOnly.isWorkingDay(LocalDate.of(2026, 3, 7))).as("Saturday").isTrue();
        assertThat(sundayOnly.isWorkingDay(LocalDate.of(2026, 3, 8))).as("Sunday").isFalse();
    }

    @Test
    void of_rejectsImpossibleCalendars() {
        assertThatThrownBy(() -> WorkingCalendar.of(EnumSet.allOf(DayOfWeek.class), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingCalendar.of(List.of(TestCalendars.year2025(), TestCalendars.year2025())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calendarYear_rejectsForeignAndDuplicateDates() {
        CalendarEntry newYear = CalendarEntry.dayOff(LocalDate.of(2026, 1, 1), "Tết Dương lịch");
        assertThatThrownBy(() -> new CalendarYear(2025, false, "", List.of(newYear)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarYear(2026, false, "", List.of(newYear, newYear)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
