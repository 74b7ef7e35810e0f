package vn.motcua.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvisionalCalendarTest {

    private final ProvisionalCalendar generator = new ProvisionalCalendar();

    @Test
    void year2027_isProvisionalWithStatutoryDaysOff() {
        CalendarYear y = generator.generate(2027);
        assertThat(y.provisional()).isTrue();
        assertThat(y.source()).isEqualTo("provisional (statutory rules)");
        assertThat(y.dates(DayKind.DAY_OFF)).containsExactly(
                LocalDate.of(2027, 1, 1),   // Friday
                LocalDate.of(2027, 2, 5),   // last day of the old year (Friday)
                LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9),   // 3rd and 4th of Tết
                LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11), // compensation for Sat 6 and Sun 7
                LocalDate.of(2027, 4, 16),  // Giỗ Tổ, Friday
                LocalDate.of(2027, 4, 30),  // Friday
                LocalDate.of(2027, 5, 3),   // compensation for 1/5 on Saturday
                LocalDate.of(2027, 9, 2), LocalDate.of(2027, 9, 3)); // Thursday + Friday
        assertThat(y.dates(DayKind.WORKING_DAY)).isEmpty();
    }

    @Test
    void year2027_tetBreakRunsFromFridayToThursday() {
        WorkingCalendar calendar = WorkingCalendar.of(List.of());
        for (LocalDate d = LocalDate.of(2027, 2, 5); d.isBefore(LocalDate.of(2027, 2, 15)); d = d.plusDays(1)) {
            boolean expectedWorking = d.equals(LocalDate.of(2027, 2, 12));
            assertThat(calendar.isWorkingDay(d)).as("%s", d).isEqualTo(expectedWorking);
        }
        assertThat(calendar.entry(LocalDate.of(2027, 5, 3))).get()
                .extracting(CalendarEntry::description).asString().contains("Nghỉ bù", "Lao động", "thứ Bảy 01/05");
    }

    @Test
    void year2026_generatedMatchesOfficialApartFromSwaps() {
        CalendarYear generated = generator.generate(2026);
        assertThat(generated.dates(DayKind.DAY_OFF)).containsExactly(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
                LocalDate.of(2026, 4, 27),  // Giỗ Tổ on Sunday 26/4 compensated
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
        List<LocalDate> official = TestCalendars.year2026().dates(DayKind.DAY_OFF);
        assertThat(official).containsAll(generated.dates(DayKind.DAY_OFF))
                .as("only the swapped days are extra")
                .hasSize(generated.entries().size() + 2);
    }

    @ParameterizedTest(name = "2/9 on {1} ({0}) → companion {2}")
    @CsvSource({
        "2024, MONDAY,    2024-09-03",
        "2025, TUESDAY,   2025-09-01",
        "2026, WEDNESDAY, 2026-09-01",
        "2027, THURSDAY,  2027-09-03",
        "2022, FRIDAY,    2022-09-01",
        "2023, SATURDAY,  2023-09-01",
        "2029, SUNDAY,    2029-09-03",
    })
    void nationalDayCompanion_joinsTheWeekendWhenItCan(int year, DayOfWeek weekday, LocalDate companion) {
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        assertThat(nationalDay.getDayOfWeek()).isEqualTo(weekday);
        assertThat(generator.nationalDayCompanion(nationalDay)).isEqualTo(companion);
    }

    @Test
    void nationalDayOnSunday_isCompensatedAfterTheCompanion() {
        CalendarYear y2029 = generator.generate(2029);
        assertThat(y2029.dates(DayKind.DAY_OFF))
                .contains(LocalDate.of(2029, 9, 3), LocalDate.of(2029, 9, 4))
                .doesNotContain(LocalDate.of(2029, 9, 2));
    }

    @Test
    void holidayOnSaturday_2023_compensatedOnMonday() {
        // 2/9/2023 fell on Saturday: 1/9 Friday joined, Monday 4/9 compensated (as officially announced)
        assertThat(generator.generate(2023).dates(DayKind.DAY_OFF))
                .contains(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 4));
        // 1/1/2023 was a Sunday → Monday 2/1
        assertThat(generator.generate(2023).dates(DayKind.DAY_OFF)).contains(LocalDate.of(2023, 1, 2));
    }

    @Test
    void generatedEntries_neverFallOnRestDays() {
        for (int year = 2020; year <= 2040; year++) {
            for (CalendarEntry e : generator.generate(year).entries()) {
                assertThat(e.date().getDayOfWeek()).as("%s", e).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(e.description()).isNotBlank();
            }
        }
    }

    @Test
    void sundayOnlyOffice_compensatesOnlySundays() {
        ProvisionalCalendar sundayOnly = new ProvisionalCalendar(EnumSet.of(DayOfWeek.SUNDAY));
        List<LocalDate> off = sundayOnly.generate(2027).dates(DayKind.DAY_OFF);
        assertThat(off).contains(LocalDate.of(2027, 2, 6), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 2, 10))
                .doesNotContain(LocalDate.of(2027, 2, 11));
    }
}
