package vn.motcua.store.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.domain.calendar.Appointment;
import vn.motcua.domain.calendar.AppointmentCalculator;
import vn.motcua.domain.calendar.AppointmentRules;
import vn.motcua.domain.calendar.CalendarEntry;
import vn.motcua.domain.calendar.CalendarYear;
import vn.motcua.domain.calendar.TestCalendars;
import vn.motcua.domain.calendar.WorkingCalendar;
import vn.motcua.domain.catalog.ProcessingTime;

class OfficialCalendarResourceTest {

    private static final WorkingCalendar OFFICIAL = CalendarFile.loadOfficial();

    @ParameterizedTest(name = "{0} is an official day off")
    @CsvSource({
        "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
        "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02",
        "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
        "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01", "2026-09-02",
    })
    void officialDayOff_isNotAWorkingDay(LocalDate date) {
        assertThat(OFFICIAL.isWorkingDay(date)).isFalse();
        assertThat(OFFICIAL.isHoliday(date)).isTrue();
        assertThat(OFFICIAL.entry(date)).get().extracting(CalendarEntry::description).asString().isNotBlank();
    }

    @ParameterizedTest(name = "{0} is a make-up working day")
    @CsvSource({"2025-04-26", "2026-01-10", "2026-08-22"})
    void makeUpSaturday_isAWorkingDay(LocalDate date) {
        assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(OFFICIAL.isWorkingDay(date)).isTrue();
    }

    @ParameterizedTest(name = "{0} working={1}")
    @CsvSource({
        "2025-01-02, true", "2025-01-24, true", "2025-02-03, true", "2025-04-08, true", "2025-05-03, false",
        "2025-09-03, true", "2025-08-30, false", "2026-01-05, true", "2026-02-13, true", "2026-02-21, false",
        "2026-02-23, true", "2026-04-26, false", "2026-04-28, true", "2026-05-04, true", "2026-09-03, true",
        "2026-08-29, false",
    })
    void ordinaryDaysAroundHolidays(LocalDate date, boolean working) {
        assertThat(OFFICIAL.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void nov24_2026_isNotADayOff_unconfirmed() {
        assertThat(OFFICIAL.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();
    }

    @Test
    void resource_matchesTheDomainTablesTypedIndependently() {
        assertThat(OFFICIAL.restDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(OFFICIAL.years()).hasSize(2).noneMatch(CalendarYear::provisional);
        assertThat(datesAndKinds(OFFICIAL.year(2025))).isEqualTo(datesAndKinds(TestCalendars.year2025()));
        assertThat(datesAndKinds(OFFICIAL.year(2026))).isEqualTo(datesAndKinds(TestCalendars.year2026()));
        assertThat(OFFICIAL.isProvisional(2027)).isTrue();
    }

    private static List<String> datesAndKinds(CalendarYear year) {
        return year.entries().stream().map(e -> e.date() + " " + e.kind()).toList();
    }

    @Test
    void descriptions_areNfc() {
        for (CalendarYear y : OFFICIAL.years()) {
            for (CalendarEntry e : y.entries()) {
                assertThat(Normalizer.isNormalized(e.description(), Normalizer.Form.NFC))
                        .as(e.description()).isTrue();
            }
        }
        assertThat(OFFICIAL.entry(LocalDate.of(2025, 1, 1))).get()
                .extracting(CalendarEntry::description).isEqualTo("Tết Dương lịch");
    }

    @Test
    void appointmentOnShippedCalendar_workedExample() {
        AppointmentCalculator calculator = new AppointmentCalculator(OFFICIAL, AppointmentRules.DEFAULT);
        Appointment a = calculator.compute(LocalDateTime.parse("2026-08-21T17:20"), ProcessingTime.workingDays(2),
                false);
        assertThat(a.appointmentAt()).isEqualTo(LocalDateTime.parse("2026-08-25T07:00"));
    }
}
