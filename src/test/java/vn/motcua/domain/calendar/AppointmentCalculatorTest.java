package vn.motcua.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.catalog.TimeUnit;

class AppointmentCalculatorTest {

    private final WorkingCalendar calendar = TestCalendars.official();
    private final AppointmentCalculator calculator = new AppointmentCalculator(calendar, AppointmentRules.DEFAULT);

    private static ProcessingTime time(int value, TimeUnit unit) {
        return new ProcessingTime(value, unit);
    }

    @ParameterizedTest(name = "§4.2: {0} + {1} working days → {2}")
    @CsvSource({
        "2026-04-29T15:30, 3, 2026-04-29T15:30, 2026-05-06T15:30",  // 30/4, 1/5 and the weekend skipped
        "2026-02-13T16:45, 5, 2026-02-13T16:45, 2026-02-27T16:45",  // Tết 14–22 Feb skipped
        "2026-08-21T17:20, 2, 2026-08-22T07:00, 2026-08-25T07:00",  // after hours → make-up Saturday start
        "2025-04-25T09:00, 3, 2025-04-25T09:00, 2025-04-29T09:00",  // make-up Saturday 26/4 counts
    })
    void workedExamplesOfDomainSection42(LocalDateTime received, int days, LocalDateTime start,
                                        LocalDateTime due) {
        Appointment a = calculator.compute(received, ProcessingTime.workingDays(days), false);
        assertThat(a.start()).isEqualTo(start);
        assertThat(a.appointmentAt()).isEqualTo(due);
        assertThat(a.provisionalCalendar()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2026-03-04T06:15, 2026-03-04T07:00",  // before the morning session
        "2026-03-04T07:00, 2026-03-04T07:00",
        "2026-03-04T09:20, 2026-03-04T09:20",  // inside: unchanged
        "2026-03-04T11:30, 2026-03-04T13:30",  // lunch
        "2026-03-04T12:45, 2026-03-04T13:30",
        "2026-03-04T16:59, 2026-03-04T16:59",
        "2026-03-04T17:00, 2026-03-05T07:00",  // after the afternoon session
        "2026-03-06T18:00, 2026-03-09T07:00",  // Friday evening → Monday
        "2026-02-17T10:00, 2026-02-23T07:00",  // on Tết
        "2026-08-22T10:00, 2026-08-22T10:00",  // on a make-up Saturday: a working moment
        "2026-08-23T10:00, 2026-08-24T07:00",  // the Sunday after it
    })
    void nextWorkingMoment_normalisesReceipt(LocalDateTime t, LocalDateTime expected) {
        assertThat(calculator.nextWorkingMoment(t)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "same day, received {0}, {1} → {2}")
    @CsvSource({
        "2026-03-04T09:00, END_OF_DAY,      2026-03-04T17:00",
        "2026-03-04T15:00, END_OF_DAY,      2026-03-04T17:00",  // at the cut-off: still today
        "2026-03-04T15:01, END_OF_DAY,      2026-03-05T17:00",
        "2026-03-06T16:10, END_OF_DAY,      2026-03-09T17:00",  // Friday after cut-off → Monday
        "2026-03-04T09:00, SAME_CLOCK_TIME, 2026-03-04T17:00",
        "2026-03-04T15:00, SAME_CLOCK_TIME, 2026-03-04T17:00",
        "2026-03-04T15:01, SAME_CLOCK_TIME, 2026-03-05T15:01",
        "2026-03-06T16:10, SAME_CLOCK_TIME, 2026-03-09T16:10",
        "2026-03-04T18:30, END_OF_DAY,      2026-03-05T17:00",  // after hours: counts from the next morning
        "2026-02-13T15:30, END_OF_DAY,      2026-02-23T17:00",  // after cut-off before Tết
    })
    void sameDay_honoursCutoffInBothModes(LocalDateTime received, SameDayLateMode mode, LocalDateTime due) {
        AppointmentCalculator c = new AppointmentCalculator(calendar,
                AppointmentRules.DEFAULT.withSameDayLateMode(mode));
        assertThat(c.compute(received, ProcessingTime.sameDay(), false).appointmentAt()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} + {1} working hours → {2}")
    @CsvSource({
        "2026-03-04T09:00, 2, 2026-03-04T11:00",
        "2026-03-04T10:30, 2, 2026-03-04T14:30",   // across lunch
        "2026-03-04T12:00, 1, 2026-03-04T14:30",   // received at lunch
        "2026-03-04T15:00, 4, 2026-03-05T09:00",   // overnight
        "2026-03-04T13:30, 7, 2026-03-05T10:30",   // 3.5 h + 3.5 h
        "2026-03-04T07:00, 8, 2026-03-04T17:00",   // a full day is 8 h of sessions (§4.1)
        "2026-03-04T13:30, 8, 2026-03-05T11:30",   // ends exactly at the morning end: stays before lunch
        "2026-03-04T14:00, 3, 2026-03-04T17:00",   // ends exactly at 17:00: stays today
        "2026-02-13T16:00, 2, 2026-02-23T08:00",   // overnight across Tết
    })
    void workingHours_walkTheSessions(LocalDateTime received, int hours, LocalDateTime due) {
        assertThat(calculator.compute(received, time(hours, TimeUnit.WORKING_HOUR), false).appointmentAt())
                .isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} + {1} calendar days (skip holidays {2}) → {3}")
    @CsvSource({
        "2026-02-10T09:00, 5,  false, 2026-02-23T09:00",  // lands Sun 15 Feb in the Tết break → Monday 23
        "2026-02-09T09:00, 7,  false, 2026-02-23T09:00",  // lands on Tết Monday 16 Feb
        "2026-03-04T10:00, 3,  false, 2026-03-09T10:00",  // lands on Saturday → Monday
        "2026-03-04T10:00, 2,  false, 2026-03-06T10:00",  // lands on Friday: stays
        "2026-08-20T10:00, 2,  false, 2026-08-22T10:00",  // lands on the make-up Saturday: a working day
        "2026-02-12T09:00, 10, false, 2026-02-23T09:00",
        "2026-02-12T09:00, 10, true,  2026-02-27T09:00",  // 16–20 Feb not counted: 13,14,15,21..27
        "2026-02-12T09:00, 0,  false, 2026-02-12T09:00",
    })
    void calendarDays_moveOffNonWorkingDays(LocalDateTime received, int days, boolean skipHolidays,
                                            LocalDateTime due) {
        AppointmentCalculator c = new AppointmentCalculator(calendar,
                AppointmentRules.DEFAULT.withCalendarDaysSkipHolidays(skipHolidays));
        assertThat(c.compute(received, time(days, TimeUnit.CALENDAR_DAY), false).appointmentAt()).isEqualTo(due);
    }

    @ParameterizedTest(name = "cut-off {2}: {0} + {1} working days → start {3}, due {4}")
    @CsvSource({
        "2026-03-04T15:30, 2, true,  2026-03-05T07:00, 2026-03-09T07:00",
        "2026-03-04T15:30, 2, false, 2026-03-04T15:30, 2026-03-06T15:30",
        "2026-03-04T15:00, 2, true,  2026-03-04T15:00, 2026-03-06T15:00",
        "2026-02-13T16:45, 5, true,  2026-02-23T07:00, 2026-03-02T07:00",
    })
    void cutoff_movesLatePapersToNextMorning(LocalDateTime received, int days, boolean cutoff,
                                             LocalDateTime start, LocalDateTime due) {
        Appointment a = calculator.compute(received, ProcessingTime.workingDays(days), cutoff);
        assertThat(a.start()).isEqualTo(start);
        assertThat(a.appointmentAt()).isEqualTo(due);
    }

    @Test
    void zeroWorkingDays_isTheStartItself() {
        Appointment a = calculator.compute(LocalDateTime.parse("2026-03-04T12:10"), ProcessingTime.workingDays(0),
                false);
        assertThat(a.appointmentAt()).isEqualTo(LocalDateTime.parse("2026-03-04T13:30")).isEqualTo(a.start());
    }

    @Test
    void walkingInto2027_reportsProvisionalCalendar() {
        Appointment intoNextYear = calculator.compute(LocalDateTime.parse("2026-12-24T09:00"),
                ProcessingTime.workingDays(10), false);
        // 25 Dec – 7 Jan: 1 Jan 2027 (provisional Tết Dương lịch) is skipped
        assertThat(intoNextYear.appointmentAt()).isEqualTo(LocalDateTime.parse("2027-01-08T09:00"));
        assertThat(intoNextYear.provisionalCalendar()).isTrue();

        Appointment within2026 = calculator.compute(LocalDateTime.parse("2026-12-14T09:00"),
                ProcessingTime.workingDays(5), false);
        assertThat(within2026.provisionalCalendar()).isFalse();
    }

    @Test
    void tet2027_isSkippedByProvisionalCalendar() {
        Appointment a = calculator.compute(LocalDateTime.parse("2027-02-04T10:00"), ProcessingTime.workingDays(1),
                false);
        assertThat(a.appointmentAt()).isEqualTo(LocalDateTime.parse("2027-02-12T10:00"));
        assertThat(a.provisionalCalendar()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}: {2} min")
    @CsvSource({
        "2026-03-04T09:00, 2026-03-04T11:00, 120",
        "2026-03-04T11:00, 2026-03-04T14:00, 60",     // 30 before lunch, 30 after
        "2026-03-04T16:00, 2026-03-05T08:00, 120",
        "2026-03-04T00:00, 2026-03-05T00:00, 480",
        "2026-02-13T16:00, 2026-02-23T08:00, 120",    // across Tết
        "2026-03-07T08:00, 2026-03-08T16:00, 0",      // a weekend
        "2026-03-05T08:00, 2026-03-04T16:00, -120",   // reversed: negative
    })
    void workingMinutesBetween_countsOnlySessionsOfWorkingDays(LocalDateTime from, LocalDateTime to, long minutes) {
        assertThat(calculator.workingMinutesBetween(from, to)).isEqualTo(minutes);
    }

    @Test
    void addWorkingMinutes_inverseOfWorkingMinutesBetween() {
        Random random = new Random(20260429L);
        LocalDateTime base = LocalDateTime.parse("2026-01-01T00:00");
        for (int i = 0; i < 500; i++) {
            LocalDateTime from = base.plusMinutes(random.nextInt(365 * 24 * 60));
            long minutes = random.nextInt(20 * 480);
            LocalDateTime to = calculator.addWorkingMinutes(from, minutes);
            assertThat(calculator.workingMinutesBetween(from, to)).as("%s + %d", from, minutes).isEqualTo(minutes);
            if (minutes > 0) {
                assertThat(calculator.workingMinutesBetween(from, to.minusMinutes(1))).isEqualTo(minutes - 1);
            }
        }
    }

    @Test
    void addWorkingMinutes_shiftsAcrossTetForSupplementPause() {
        LocalDateTime due = LocalDateTime.parse("2026-02-12T10:00");
        // 12 Feb: 300 min, 13 Feb: 480 min, the remaining 180 min after Tết on Monday 23 Feb
        assertThat(calculator.addWorkingMinutes(due, 2 * 480)).isEqualTo(LocalDateTime.parse("2026-02-23T10:00"));
        assertThatThrownBy(() -> calculator.addWorkingMinutes(due, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void customSessions_areUsed() {
        WorkingSessions sessions = new WorkingSessions(LocalTime.of(7, 30), LocalTime.of(11, 30),
                LocalTime.of(13, 0), LocalTime.of(17, 0));
        AppointmentCalculator c = new AppointmentCalculator(calendar, AppointmentRules.DEFAULT.withSessions(sessions));
        assertThat(c.nextWorkingMoment(LocalDateTime.parse("2026-03-04T07:10")))
                .isEqualTo(LocalDateTime.parse("2026-03-04T07:30"));
        assertThat(c.compute(LocalDateTime.parse("2026-03-04T11:00"), time(1, TimeUnit.WORKING_HOUR), false)
                .appointmentAt()).isEqualTo(LocalDateTime.parse("2026-03-04T13:30"));
        assertThat(sessions.minutesPerDay()).isEqualTo(480);
    }

    @Test
    void settings_areValidated() {
        assertThatThrownBy(() -> new WorkingSessions(LocalTime.of(11, 30), LocalTime.of(7, 0),
                LocalTime.of(13, 30), LocalTime.of(17, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingSessions(LocalTime.of(7, 0), LocalTime.of(14, 0),
                LocalTime.of(13, 30), LocalTime.of(17, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppointmentRules.DEFAULT.withSameDayCutoff(LocalTime.of(18, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WorkingSessions.DEFAULT.minutesPerDay()).isEqualTo(480);
    }
}
