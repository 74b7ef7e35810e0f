package vn.motcua.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.domain.dossier.DossierFixtures.CALENDAR_DAYS;
import static vn.motcua.domain.dossier.DossierFixtures.CLERK;
import static vn.motcua.domain.dossier.DossierFixtures.SUPERVISOR;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.catalog.SupplementClockPolicy;

/** Supplement rounds and the supplement clock (DOMAIN.md §2.3), with a plain-calendar-days clock. */
class DossierLifecycleSupplementTest {

    private static final LocalDateTime APPOINTMENT = LocalDateTime.parse("2026-03-07T08:00");
    private static final LocalDateTime REQUESTED = LocalDateTime.parse("2026-03-04T10:00");
    private static final LocalDateTime DEADLINE = LocalDateTime.parse("2026-03-19T17:00");
    private static final LocalDateTime SUPPLEMENTED = LocalDateTime.parse("2026-03-06T09:00");

    private final DossierLifecycle lifecycle = new DossierLifecycle(CALENDAR_DAYS);

    /** Received 02/03 08:00, 5 days, due 07/03 08:00, being processed. */
    private static Dossier processing() {
        return DossierFixtures.base().status(DossierStatus.PROCESSING)
                .processingTime(ProcessingTime.workingDays(5)).appointmentAt(APPOINTMENT).build();
    }

    private Dossier request(Dossier d, LocalDateTime at, String content) {
        return lifecycle.apply(d, DossierAction.REQUEST_SUPPLEMENT,
                ActionRequest.of(CLERK, at).withReason(content).withSupplementDeadline(DEADLINE),
                SupplementClockPolicy.RECOMPUTE_FROM_COMPLETION).after();
    }

    private Transition complete(Dossier d, LocalDateTime at, SupplementClockPolicy policy) {
        return lifecycle.apply(d, DossierAction.SUPPLEMENT_RECEIVED, ActionRequest.of(SUPERVISOR, at), policy);
    }

    @Test
    void requestSupplement_opensRoundOneWithTheAppointmentBeforeThePause() {
        Transition t = lifecycle.apply(processing(), DossierAction.REQUEST_SUPPLEMENT,
                ActionRequest.of(CLERK, REQUESTED).withReason("Bản sao giấy khai sinh")
                        .withSupplementDeadline(DEADLINE),
                SupplementClockPolicy.RECOMPUTE_FROM_COMPLETION);

        assertThat(t.after().status()).isEqualTo(DossierStatus.WAITING);
        assertThat(t.after().supplements()).containsExactly(new SupplementRound(1, REQUESTED, "Nguyễn Thị Lan",
                "Bản sao giấy khai sinh", DEADLINE, null, APPOINTMENT, null));
        assertThat(t.after().appointmentAt()).isEqualTo(APPOINTMENT);
        assertThat(t.entry().action()).isEqualTo("Yêu cầu bổ sung, hoàn thiện hồ sơ");
        assertThat(t.entry().note()).isEqualTo("Bản sao giấy khai sinh");
    }

    @ParameterizedTest(name = "{0}: new appointment {1}")
    @CsvSource({
            // full 5 days again from the completion
            "RECOMPUTE_FROM_COMPLETION, 2026-03-11T09:00",
            // old due + (04/03 10:00 → 06/03 09:00 = 1 day 23 h)
            "SHIFT_BY_PAUSE,            2026-03-09T07:00",
    })
    void supplementReceived_movesTheAppointmentPerPolicy(SupplementClockPolicy policy, LocalDateTime expected) {
        Dossier waiting = request(processing(), REQUESTED, "Bản sao giấy khai sinh");

        Transition t = complete(waiting, SUPPLEMENTED, policy);

        assertThat(t.after().status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(t.after().appointmentAt()).isEqualTo(expected);
        assertThat(t.after().supplements()).singleElement().satisfies(round -> {
            assertThat(round.completedAt()).isEqualTo(SUPPLEMENTED);
            assertThat(round.dueBefore()).isEqualTo(APPOINTMENT);
            assertThat(round.dueAfter()).isEqualTo(expected);
            assertThat(round.isOpen()).isFalse();
        });
        assertThat(t.entry().action()).isEqualTo("Nhận bổ sung hồ sơ");
        assertThat(t.entry().stepDeadline()).isEqualTo(expected);
    }

    @Test
    void supplementReceived_withoutPolicy_recomputesByDefault() {
        Dossier waiting = request(processing(), REQUESTED, "Bản sao giấy khai sinh");

        assertThat(complete(waiting, SUPPLEMENTED, null).after().appointmentAt())
                .isEqualTo(LocalDateTime.parse("2026-03-11T09:00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "RECOMPUTE_FROM_COMPLETION, 2026-03-11T09:00, 2026-03-16T16:00",
            // second pause 09/03 15:00 → 11/03 16:00 = 2 days 1 h
            "SHIFT_BY_PAUSE,            2026-03-09T07:00, 2026-03-11T08:00",
    })
    void twoRoundsInARow_chainTheAppointments(SupplementClockPolicy policy, LocalDateTime afterFirst,
            LocalDateTime afterSecond) {
        Dossier d = request(processing(), REQUESTED, "Bản sao giấy khai sinh");
        d = complete(d, SUPPLEMENTED, policy).after();
        d = request(d, LocalDateTime.parse("2026-03-09T15:00"), "Ảnh 4x6");
        d = complete(d, LocalDateTime.parse("2026-03-11T16:00"), policy).after();

        assertThat(d.supplements()).extracting(SupplementRound::round).containsExactly(1, 2);
        assertThat(d.supplements()).extracting(SupplementRound::content)
                .containsExactly("Bản sao giấy khai sinh", "Ảnh 4x6");
        assertThat(d.supplements().get(1).dueBefore()).isEqualTo(afterFirst);
        assertThat(d.supplements().get(1).dueAfter()).isEqualTo(afterSecond);
        assertThat(d.appointmentAt()).isEqualTo(afterSecond);
        assertThat(d.version()).isEqualTo(processing().version() + 4);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SupplementClockPolicy.class)
    void noFixedAppointment_staysWithoutOne(SupplementClockPolicy policy) {
        Dossier noAppointment = processing().toBuilder().appointmentAt(null).build();
        Dossier waiting = request(noAppointment, REQUESTED, "Bản sao giấy khai sinh");

        Transition t = complete(waiting, SUPPLEMENTED, policy);

        assertThat(t.after().appointmentAt()).isNull();
        assertThat(t.after().supplements().get(0).dueBefore()).isNull();
        assertThat(t.after().supplements().get(0).dueAfter()).isNull();
        assertThat(t.entry().stepDeadline()).isNull();
    }

    @Test
    void recompute_withoutProcessingTime_fallsBackToShifting() {
        Dossier waiting = request(processing().toBuilder().processingTime(null).build(), REQUESTED, "Ảnh 4x6");

        assertThat(complete(waiting, SUPPLEMENTED, SupplementClockPolicy.RECOMPUTE_FROM_COMPLETION).after()
                .appointmentAt()).isEqualTo(LocalDateTime.parse("2026-03-09T07:00"));
    }

    @Test
    void shiftByPause_shiftsTheApologysNewDateToo() {
        Dossier rescheduled = processing().toBuilder().rescheduledAt(LocalDateTime.parse("2026-03-12T08:00")).build();
        Dossier waiting = request(rescheduled, REQUESTED, "Ảnh 4x6");

        Dossier after = complete(waiting, SUPPLEMENTED, SupplementClockPolicy.SHIFT_BY_PAUSE).after();

        assertThat(after.rescheduledAt()).isEqualTo(LocalDateTime.parse("2026-03-14T07:00"));
    }

    @ParameterizedTest(name = "promised {0} → {1}")
    @CsvSource({
            "2026-03-10T08:00, ",                  // earlier than the recomputed 11/03 09:00: dropped
            "2026-03-20T08:00, 2026-03-20T08:00",  // later: kept
    })
    void recompute_dropsAnApologyDateEarlierThanTheNewAppointment(LocalDateTime promised, LocalDateTime expected) {
        Dossier waiting = request(processing().toBuilder().rescheduledAt(promised).build(), REQUESTED, "Ảnh 4x6");

        Dossier after = complete(waiting, SUPPLEMENTED, SupplementClockPolicy.RECOMPUTE_FROM_COMPLETION).after();

        assertThat(after.rescheduledAt()).isEqualTo(expected);
        assertThat(after.effectiveAppointment()).isAfterOrEqualTo(after.appointmentAt());
    }

    @Test
    void requestSupplement_withDeadlineNotAfterTheRequest_isRefused() {
        assertThatThrownBy(() -> lifecycle.apply(processing(), DossierAction.REQUEST_SUPPLEMENT,
                ActionRequest.of(CLERK, REQUESTED).withReason("Ảnh 4x6").withSupplementDeadline(REQUESTED),
                SupplementClockPolicy.RECOMPUTE_FROM_COMPLETION))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("Không thể yêu cầu bổ sung: hạn bổ sung (10:00 ngày 04/03/2026) phải sau thời điểm"
                        + " yêu cầu bổ sung.");
    }

    @Test
    void supplementReceived_datedBeforeTheRequest_isRefused() {
        Dossier waiting = request(processing(), REQUESTED, "Ảnh 4x6");

        assertThatThrownBy(() -> complete(waiting, REQUESTED.minusHours(1), SupplementClockPolicy.SHIFT_BY_PAUSE))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("không được trước thời điểm yêu cầu bổ sung (10:00 ngày 04/03/2026)");
    }

    @Test
    void supplementReceived_withoutAnOpenRound_isAProgrammingError() {
        Dossier broken = processing().toBuilder().status(DossierStatus.WAITING).build();

        assertThatThrownBy(() -> complete(broken, SUPPLEMENTED, SupplementClockPolicy.SHIFT_BY_PAUSE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no open supplement round");
    }

    @Test
    void stopWhileWaiting_leavesTheRoundUncompleted() {
        Dossier waiting = request(processing(), REQUESTED, "Ảnh 4x6");

        Dossier stopped = lifecycle.apply(waiting, DossierAction.STOP,
                ActionRequest.of(CLERK, DEADLINE.plusDays(1)).withReason("Quá hạn bổ sung"), null).after();

        assertThat(stopped.status()).isEqualTo(DossierStatus.UNRESOLVED);
        assertThat(stopped.supplements()).singleElement().extracting(SupplementRound::completedAt).isNull();
        assertThat(stopped.appointmentAt()).isEqualTo(APPOINTMENT);
    }
}
