package vn.motcua.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeFlagsTest {

    private static final Duration DAY = Duration.ofHours(24);

    private static Dossier dossier(int status, LocalDateTime appointment, LocalDateTime rescheduled,
            LocalDateTime finished) {
        return DossierFixtures.base()
                .status(DossierStatus.fromCode(status).orElseThrow())
                .appointmentAt(appointment)
                .rescheduledAt(rescheduled)
                .finishedAt(finished)
                .build();
    }

    @ParameterizedTest(name = "[{index}] status {0}, due {1}, rescheduled {2}, finished {3}, now {4} → {5}")
    @CsvSource({
            // open: against the effective appointment, due-soon window 24 h
            "2,  2026-03-10T17:00, ,                 ,                 2026-03-08T09:00, WITHIN_TIME",
            "4,  2026-03-10T17:00, ,                 ,                 2026-03-09T16:59, WITHIN_TIME",
            "4,  2026-03-10T17:00, ,                 ,                 2026-03-09T17:00, DUE_SOON",
            "4,  2026-03-10T17:00, ,                 ,                 2026-03-10T17:00, DUE_SOON",
            "4,  2026-03-10T17:00, ,                 ,                 2026-03-10T17:01, OVERDUE",
            "2,  2026-03-10T17:00, ,                 ,                 2026-03-11T08:00, OVERDUE",
            "6,  2026-03-10T17:00, ,                 ,                 2026-03-12T08:00, OVERDUE",
            "4,  2026-03-10T17:00, 2026-03-20T17:00, ,                 2026-03-12T09:00, WITHIN_TIME",
            "4,  2026-03-10T17:00, 2026-03-20T17:00, ,                 2026-03-20T09:00, DUE_SOON",
            "4,  ,                 ,                 ,                 2027-01-01T09:00, WITHIN_TIME",
            // waiting for a supplement: clock paused
            "5,  2026-03-10T17:00, ,                 ,                 2026-03-30T09:00, WITHIN_TIME",
            // finished: statutory appointment, date granularity
            "9,  2026-03-10T17:00, ,                 2026-03-09T10:00, 2026-04-01T09:00, EARLY",
            "9,  2026-03-10T08:00, ,                 2026-03-10T16:30, 2026-04-01T09:00, ON_TIME",
            "10, 2026-03-10T17:00, ,                 2026-03-10T08:00, 2026-04-01T09:00, ON_TIME",
            "10, 2026-03-10T17:00, ,                 2026-03-11T07:30, 2026-04-01T09:00, LATE",
            "9,  2026-03-10T17:00, 2026-03-20T17:00, 2026-03-15T10:00, 2026-04-01T09:00, LATE",
            "9,  ,                 ,                 2026-12-31T10:00, 2027-01-01T09:00, ON_TIME",
            // withdrawn counts on time, even after the appointment
            "7,  2026-03-10T17:00, ,                 2026-03-25T10:00, 2026-04-01T09:00, ON_TIME",
            // not subject to a clock
            "1,  2026-03-10T17:00, ,                 ,                 2026-04-01T09:00, NONE",
            "3,  2026-03-10T17:00, ,                 ,                 2026-04-01T09:00, NONE",
            "8,  2026-03-10T17:00, ,                 2026-03-25T10:00, 2026-04-01T09:00, NONE",
    })
    void of_flagsLiveQueues(int status, LocalDateTime appointment, LocalDateTime rescheduled, LocalDateTime finished,
            LocalDateTime now, TimeFlag expected) {
        assertThat(TimeFlags.of(dossier(status, appointment, rescheduled, finished), now, DAY)).isEqualTo(expected);
    }

    @Test
    void rescheduledAppointment_drivesLiveFlagButNotStatisticsFlag() {
        Dossier d = dossier(4, LocalDateTime.parse("2026-03-10T17:00"), LocalDateTime.parse("2026-03-20T17:00"), null);

        assertThat(TimeFlags.of(d, LocalDateTime.parse("2026-03-14T09:00"), DAY)).isEqualTo(TimeFlag.WITHIN_TIME);
        assertThat(TimeFlags.statisticsFlag(d, LocalDate.parse("2026-03-14"))).isEqualTo(TimeFlag.OVERDUE);
        assertThat(TimeFlags.daysLate(d, LocalDateTime.parse("2026-03-14T09:00"))).isZero();
    }

    @Test
    void of_withZeroWindow_neverSaysDueSoonBeforeTheDueTime() {
        Dossier d = dossier(4, LocalDateTime.parse("2026-03-10T17:00"), null, null);

        assertThat(TimeFlags.of(d, LocalDateTime.parse("2026-03-10T16:59"), Duration.ZERO))
                .isEqualTo(TimeFlag.WITHIN_TIME);
    }

    @Test
    void of_rejectsANegativeWindow() {
        assertThatThrownBy(() -> TimeFlags.of(dossier(4, null, null, null), LocalDateTime.parse("2026-03-10T16:59"),
                Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void finishedWithoutFinishedAt_failsLoudly() {
        Dossier broken = dossier(9, LocalDateTime.parse("2026-03-10T17:00"), null, null);

        assertThatThrownBy(() -> TimeFlags.of(broken, LocalDateTime.parse("2026-03-10T16:59"), DAY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("finishedAt");
    }

    @ParameterizedTest(name = "[{index}] status {0}, due {1}, rescheduled {2}, finished {3}, now {4} → {5} days")
    @CsvSource({
            "4,  2026-03-10T17:00, ,                 ,                 2026-03-10T16:00, 0",
            "4,  2026-03-10T17:00, ,                 ,                 2026-03-10T17:30, 1",
            "4,  2026-03-10T17:00, ,                 ,                 2026-03-11T08:00, 1",
            "2,  2026-03-10T17:00, ,                 ,                 2026-03-13T08:00, 3",
            "6,  2026-03-10T17:00, 2026-03-12T17:00, ,                 2026-03-13T08:00, 1",
            "4,  ,                 ,                 ,                 2026-03-13T08:00, 0",
            "5,  2026-03-10T17:00, ,                 ,                 2026-03-20T08:00, 0",
            "9,  2026-03-10T17:00, ,                 2026-03-10T18:00, 2026-03-20T08:00, 0",
            "9,  2026-03-10T17:00, ,                 2026-03-09T18:00, 2026-03-20T08:00, 0",
            "10, 2026-03-10T17:00, 2026-03-30T17:00, 2026-03-14T08:00, 2026-04-20T08:00, 4",
            "7,  2026-03-10T17:00, ,                 2026-03-14T08:00, 2026-04-20T08:00, 0",
            "8,  2026-03-10T17:00, ,                 2026-03-14T08:00, 2026-04-20T08:00, 0",
    })
    void daysLate_countsCalendarDaysPastTheAppointment(int status, LocalDateTime appointment,
            LocalDateTime rescheduled, LocalDateTime finished, LocalDateTime now, long expected) {
        assertThat(TimeFlags.daysLate(dossier(status, appointment, rescheduled, finished), now)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] status {0}, received {1}, due {2}, finished {3}, period end {4} → {5}")
    @CsvSource({
            // finished by the period end: early / on time / late against the statutory date
            "9,  2026-03-02T08:00, 2026-03-10T17:00, 2026-03-09T10:00, 2026-03-14, EARLY",
            "10, 2026-03-02T08:00, 2026-03-10T17:00, 2026-03-10T20:00, 2026-03-14, ON_TIME",
            "9,  2026-03-02T08:00, 2026-03-10T17:00, 2026-03-14T20:00, 2026-03-14, LATE",
            "9,  2026-03-02T08:00, ,                 2026-03-14T20:00, 2026-03-14, ON_TIME",
            "7,  2026-03-02T08:00, 2026-03-10T17:00, 2026-03-13T20:00, 2026-03-14, ON_TIME",
            "8,  2026-03-02T08:00, 2026-03-10T17:00, 2026-03-13T20:00, 2026-03-14, WITHIN_TIME",
            // still open at the period end (some finished later): overdue when due date < period end
            "4,  2026-03-02T08:00, 2026-03-13T17:00, ,                 2026-03-14, OVERDUE",
            "4,  2026-03-02T08:00, 2026-03-14T08:00, ,                 2026-03-14, WITHIN_TIME",
            "2,  2026-03-02T08:00, 2026-03-20T08:00, ,                 2026-03-14, WITHIN_TIME",
            "6,  2026-03-02T08:00, ,                 ,                 2026-03-14, WITHIN_TIME",
            "9,  2026-03-02T08:00, 2026-03-10T17:00, 2026-03-16T09:00, 2026-03-14, OVERDUE",
            "10, 2026-03-02T08:00, 2026-03-20T17:00, 2026-03-16T09:00, 2026-03-14, WITHIN_TIME",
            "7,  2026-03-02T08:00, 2026-03-10T17:00, 2026-03-16T09:00, 2026-03-14, OVERDUE",
            "8,  2026-03-02T08:00, 2026-03-10T17:00, 2026-03-16T09:00, 2026-03-14, OVERDUE",
            // not counted
            "4,  2026-03-15T08:00, 2026-03-20T17:00, ,                 2026-03-14, NONE",
            "1,  2026-03-02T08:00, 2026-03-10T17:00, ,                 2026-03-14, NONE",
            "3,  2026-03-02T08:00, 2026-03-10T17:00, ,                 2026-03-14, NONE",
    })
    void statisticsFlag_followsTheReportRules(int status, LocalDateTime received, LocalDateTime appointment,
            LocalDateTime finished, LocalDate periodEnd, TimeFlag expected) {
        Dossier d = dossier(status, appointment, null, finished).toBuilder().receivedAt(received).build();

        assertThat(TimeFlags.statisticsFlag(d, periodEnd)).isEqualTo(expected);
    }

    private static Dossier withRound(int status, LocalDateTime requested, LocalDateTime completed,
            LocalDateTime dueBefore, LocalDateTime dueAfter) {
        SupplementRound round = new SupplementRound(1, requested, "Nguyễn Thị Lan", "Ảnh 4x6", null, completed,
                dueBefore, dueAfter);
        return DossierFixtures.base().status(DossierStatus.fromCode(status).orElseThrow())
                .appointmentAt(dueAfter != null ? dueAfter : dueBefore).supplements(List.of(round)).build();
    }

    @ParameterizedTest(name = "[{index}] status {0}, requested {1}, completed {2} → {3}")
    @CsvSource({
            // waiting at the period end: within time although the old due date has passed
            "5, 2026-03-12T10:00, ,                 WITHIN_TIME",
            "4, 2026-03-12T10:00, 2026-03-16T10:00, WITHIN_TIME",
            // requested after the period end: it was being processed, judged by the due date of then
            "5, 2026-03-15T10:00, ,                 OVERDUE",
            // completed within the period: the moved due date (25/03) counts
            "4, 2026-03-05T10:00, 2026-03-09T10:00, WITHIN_TIME",
    })
    void statisticsFlag_reconstructsTheSupplementStateAtPeriodEnd(int status, LocalDateTime requested,
            LocalDateTime completed, TimeFlag expected) {
        LocalDateTime dueBefore = LocalDateTime.parse("2026-03-10T17:00");
        LocalDateTime dueAfter = completed == null ? null : LocalDateTime.parse("2026-03-25T17:00");

        Dossier d = withRound(status, requested, completed, dueBefore, dueAfter);

        assertThat(TimeFlags.statisticsFlag(d, LocalDate.parse("2026-03-14"))).isEqualTo(expected);
    }

    @Test
    void statisticsFlag_supplementCompletedAfterPeriodEnd_isJudgedByTheDueDateBeforeThePause() {
        // processed again after a supplement requested on 05/03 and completed on 16/03: at the period end
        // (14/03) it was waiting, so within time; one day after completion it is judged by the new date
        Dossier d = withRound(4, LocalDateTime.parse("2026-03-05T10:00"), LocalDateTime.parse("2026-03-16T10:00"),
                LocalDateTime.parse("2026-03-10T17:00"), LocalDateTime.parse("2026-03-25T17:00"));

        assertThat(TimeFlags.statisticsFlag(d, LocalDate.parse("2026-03-14"))).isEqualTo(TimeFlag.WITHIN_TIME);
        assertThat(TimeFlags.statisticsFlag(d, LocalDate.parse("2026-03-17"))).isEqualTo(TimeFlag.WITHIN_TIME);
        assertThat(TimeFlags.statisticsFlag(d, LocalDate.parse("2026-03-26"))).isEqualTo(TimeFlag.OVERDUE);
    }
}
