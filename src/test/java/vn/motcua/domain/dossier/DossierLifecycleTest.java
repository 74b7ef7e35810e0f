package vn.motcua.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.domain.dossier.DossierFixtures.ADMIN;
import static vn.motcua.domain.dossier.DossierFixtures.AGENCY;
import static vn.motcua.domain.dossier.DossierFixtures.APPOINTMENT;
import static vn.motcua.domain.dossier.DossierFixtures.CALENDAR_DAYS;
import static vn.motcua.domain.dossier.DossierFixtures.CLERK;
import static vn.motcua.domain.dossier.DossierFixtures.NOW;
import static vn.motcua.domain.dossier.DossierFixtures.RECEIVED;
import static vn.motcua.domain.dossier.DossierFixtures.SUPERVISOR;
import static vn.motcua.domain.dossier.DossierFixtures.atAgency;
import static vn.motcua.domain.dossier.DossierFixtures.draft;
import static vn.motcua.domain.dossier.DossierFixtures.fullRequest;
import static vn.motcua.domain.dossier.DossierFixtures.inStatus;

import java.text.Normalizer;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.catalog.SupplementClockPolicy;

class DossierLifecycleTest {

    private final DossierLifecycle lifecycle = new DossierLifecycle(CALENDAR_DAYS);

    private Transition apply(Dossier d, DossierAction a, ActionRequest r) {
        return lifecycle.apply(d, a, r, SupplementClockPolicy.RECOMPUTE_FROM_COMPLETION);
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "1,  ACCEPT_ONLINE,       2",
            "1,  DENY,                3",
            "2,  TRANSFER,            4",
            "4,  INTEROP_SEND,        4",
            "4,  REQUEST_SUPPLEMENT,  5",
            "5,  SUPPLEMENT_RECEIVED, 4",
            "4,  REQUEST_PAYMENT,     6",
            "6,  PAYMENT_RECEIVED,    4",
            "4,  STOP,                8",
            "5,  STOP,                8",
            "6,  STOP,                8",
            "2,  WITHDRAW,            7",
            "4,  WITHDRAW,            7",
            "5,  WITHDRAW,            7",
            "6,  WITHDRAW,            7",
            "4,  FINISH,              9",
            "9,  RETURN_RESULT,       10",
            "10, REVOKE_RETURN,       9",
    })
    void apply_movesToTheStatusOfTheTable(int from, DossierAction action, int to) {
        Dossier before = inStatus(DossierStatus.fromCode(from).orElseThrow());

        Transition t = apply(before, action, fullRequest(ADMIN));

        assertThat(t.after().status().code()).isEqualTo(to);
        assertThat(t.entry().status().code()).isEqualTo(to);
        assertThat(t.after().version()).isEqualTo(before.version() + 1);
        assertThat(t.before()).isSameAs(before);
    }

    @Test
    void apply_interopReturn_takesTheDossierBackFromTheAgency() {
        Transition t = apply(atAgency(), DossierAction.INTEROP_RETURN, ActionRequest.of(CLERK, NOW));

        assertThat(t.after().status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(t.after().interopAgency()).isNull();
        assertThat(t.entry().action()).isEqualTo("Nhận lại hồ sơ từ liên thông (" + AGENCY + ")");
    }

    @Test
    void apply_interopSend_recordsTheAgencyAndNamesItInTheProgressLog() {
        Transition t = apply(inStatus(DossierStatus.PROCESSING), DossierAction.INTEROP_SEND,
                ActionRequest.of(CLERK, NOW).withAgency("  " + AGENCY + " "));

        assertThat(t.after().interopAgency()).isEqualTo(AGENCY);
        assertThat(t.entry().action()).isEqualTo("Chuyển liên thông đến " + AGENCY);
        assertThat(StatusMachine.allowedActions(t.after())).doesNotContain(DossierAction.FINISH)
                .contains(DossierAction.INTEROP_RETURN);
    }

    @ParameterizedTest(name = "{0} while at the agency")
    @CsvSource({"FINISH", "INTEROP_SEND"})
    void apply_atInteropAgency_refusesFinishAndSecondSend(DossierAction action) {
        assertThatThrownBy(() -> apply(atAgency(), action, fullRequest(ADMIN)))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("đang ở cơ quan liên thông «" + AGENCY + "»");
    }

    @ParameterizedTest(name = "{0} from the agency clears it")
    @CsvSource({"STOP", "WITHDRAW"})
    void apply_stopOrWithdrawAtAgency_clearsTheAgency(DossierAction action) {
        assertThat(apply(atAgency(), action, fullRequest(CLERK)).after().interopAgency()).isNull();
    }

    @Test
    void apply_supplementRequestedByTheAgency_keepsTheAgencyUntilItIsTakenBack() {
        Dossier waiting = apply(atAgency(), DossierAction.REQUEST_SUPPLEMENT, fullRequest(CLERK)).after();
        Dossier back = apply(waiting, DossierAction.SUPPLEMENT_RECEIVED, ActionRequest.of(CLERK, NOW.plusDays(1)))
                .after();

        assertThat(back.interopAgency()).isEqualTo(AGENCY);
        assertThat(StatusMachine.refusal(back, DossierAction.FINISH, Role.CLERK)).isPresent();
    }

    @Test
    void apply_interopSendWithoutAgency_isRefused() {
        assertThatThrownBy(() -> apply(inStatus(DossierStatus.PROCESSING), DossierAction.INTEROP_SEND,
                ActionRequest.of(CLERK, NOW).withAgency("   ")))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("Không thể chuyển liên thông: cần nhập tên cơ quan liên thông.");
    }

    @Test
    void apply_buildsTheProgressEntryFromActorTimeActionAndAppointment() {
        ProgressEntry e = apply(inStatus(DossierStatus.PROCESSING), DossierAction.STOP,
                ActionRequest.of(SUPERVISOR, NOW).withReason("Quá hạn bổ sung")).entry();

        assertThat(e).isEqualTo(new ProgressEntry("Trần Văn Hùng", "Phó Giám đốc",
                "Trung tâm Phục vụ hành chính công xã Hòa Bình", NOW, "Dừng xử lý hồ sơ", DossierStatus.UNRESOLVED,
                NOW, APPOINTMENT, "Quá hạn bổ sung"));
    }

    @Test
    void receive_registersTheDraftWithAFirstReceptionEntry() {
        Dossier draft = draft();
        Transition t = lifecycle.receive(draft, ActionRequest.of(CLERK, RECEIVED));

        assertThat(t.after().status()).isEqualTo(DossierStatus.NEW);
        assertThat(t.after().version()).isEqualTo(1);
        assertThat(t.after().receivedBy()).isEqualTo("lan.nt");
        assertThat(t.after().appointmentAt()).isEqualTo(APPOINTMENT);
        assertThat(t.entry()).isEqualTo(new ProgressEntry("Nguyễn Thị Lan", "Công chức Văn phòng - Thống kê",
                "Trung tâm Phục vụ hành chính công xã Hòa Bình", RECEIVED, "Tiếp nhận hồ sơ", DossierStatus.NEW,
                RECEIVED, APPOINTMENT, null));
        assertThat(StatusMachine.allowedActions(t.after())).containsExactly(DossierAction.TRANSFER,
                DossierAction.WITHDRAW);
    }

    @Test
    void receive_twice_isRefused() {
        Dossier received = lifecycle.receive(draft(), ActionRequest.of(CLERK, RECEIVED)).after();

        assertThatThrownBy(() -> lifecycle.receive(received, ActionRequest.of(CLERK, NOW)))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("hồ sơ đã được tiếp nhận");
    }

    @Test
    void apply_receive_delegatesToReceive() {
        Transition t = apply(draft(), DossierAction.RECEIVE, ActionRequest.of(CLERK, RECEIVED));

        assertThat(t.entry().action()).isEqualTo("Tiếp nhận hồ sơ");
        assertThat(t.after().status()).isEqualTo(DossierStatus.NEW);
    }

    @ParameterizedTest(name = "{0} from {1} needs {2}")
    @CsvSource({
            "DENY,               1,  lý do",
            "REQUEST_SUPPLEMENT, 4,  nội dung cần bổ sung",
            "STOP,               6,  lý do",
            "WITHDRAW,           2,  lý do",
            "REVOKE_RETURN,      10, lý do",
    })
    void apply_withoutRequiredReason_isRefused(DossierAction action, int from, String noun) {
        Dossier d = inStatus(DossierStatus.fromCode(from).orElseThrow());

        for (String blank : new String[] {null, "", "  \t "}) {
            assertThatThrownBy(() -> apply(d, action, ActionRequest.of(ADMIN, NOW).withReason(blank)))
                    .isInstanceOf(TransitionRefusedException.class)
                    .hasMessage("Không thể " + action.verbVi() + ": cần nhập " + noun + ".")
                    .extracting(e -> ((TransitionRefusedException) e).status())
                    .isEqualTo(d.status());
        }
    }

    @Test
    void apply_reasonIsNormalisedAndKeptAsNote() {
        String decomposed = Normalizer.normalize("  Công dân xin rút  ", Normalizer.Form.NFD);

        Transition t = apply(inStatus(DossierStatus.NEW), DossierAction.WITHDRAW,
                ActionRequest.of(CLERK, NOW).withReason(decomposed));

        assertThat(t.entry().note()).isEqualTo("Công dân xin rút");
    }

    @ParameterizedTest(name = "{0} characters accepted: {1}")
    @CsvSource({"2000, true", "2001, false"})
    void apply_reasonLongerThan2000Characters_isRefused(int length, boolean accepted) {
        // NFD "ệ" is three code points; it must count as one character after NFC.
        String reason = Normalizer.normalize("ệ", Normalizer.Form.NFD).repeat(length);
        ActionRequest r = ActionRequest.of(CLERK, NOW).withReason(reason);

        if (accepted) {
            assertThat(apply(inStatus(DossierStatus.PROCESSING), DossierAction.STOP, r).entry().note())
                    .hasSize(2000);
        } else {
            assertThatThrownBy(() -> apply(inStatus(DossierStatus.PROCESSING), DossierAction.STOP, r))
                    .isInstanceOf(TransitionRefusedException.class)
                    .hasMessage("Không thể dừng xử lý: lý do quá dài (2001 ký tự; tối đa 2000).");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CLERK", "SUPERVISOR"})
    void revokeReturn_byNonAdmin_isRefused(Role role) {
        Actor actor = new Actor("user", "Người dùng", "", "", role);

        assertThatThrownBy(() -> apply(inStatus(DossierStatus.DONE), DossierAction.REVOKE_RETURN,
                fullRequest(actor)))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("«Quản trị»")
                .extracting(e -> ((TransitionRefusedException) e).action())
                .isEqualTo(DossierAction.REVOKE_RETURN);
    }

    @Test
    void revokeReturn_byAdmin_clearsReturnedAtButKeepsFinishedAt() {
        Dossier done = inStatus(DossierStatus.DONE);

        Dossier after = apply(done, DossierAction.REVOKE_RETURN, fullRequest(ADMIN)).after();

        assertThat(after.status()).isEqualTo(DossierStatus.RELEASING);
        assertThat(after.returnedAt()).isNull();
        assertThat(after.finishedAt()).isEqualTo(done.finishedAt());
    }

    @ParameterizedTest(name = "{1} from {0} sets finishedAt")
    @CsvSource({"4, FINISH", "5, STOP", "6, WITHDRAW", "2, WITHDRAW"})
    void apply_endOfProcessing_setsFinishedAtToTheActionTime(int from, DossierAction action) {
        Dossier after = apply(inStatus(DossierStatus.fromCode(from).orElseThrow()), action, fullRequest(CLERK))
                .after();

        assertThat(after.finishedAt()).isEqualTo(NOW);
        assertThat(after.returnedAt()).isNull();
    }

    @Test
    void returnResult_setsReturnedAtAndKeepsFinishedAt() {
        Dossier releasing = inStatus(DossierStatus.RELEASING);

        Dossier after = apply(releasing, DossierAction.RETURN_RESULT, ActionRequest.of(CLERK, NOW)).after();

        assertThat(after.returnedAt()).isEqualTo(NOW);
        assertThat(after.finishedAt()).isEqualTo(releasing.finishedAt());
    }

    @Test
    void fullJourney_countsOneVersionPerAction() {
        Dossier d = lifecycle.receive(draft(), ActionRequest.of(CLERK, RECEIVED)).after();
        d = apply(d, DossierAction.TRANSFER, ActionRequest.of(CLERK, RECEIVED.plusHours(1))).after();
        d = apply(d, DossierAction.INTEROP_SEND, ActionRequest.of(CLERK, RECEIVED.plusHours(2)).withAgency(AGENCY))
                .after();
        d = apply(d, DossierAction.INTEROP_RETURN, ActionRequest.of(CLERK, RECEIVED.plusDays(2))).after();
        d = apply(d, DossierAction.FINISH, ActionRequest.of(CLERK, RECEIVED.plusDays(3))).after();
        d = apply(d, DossierAction.RETURN_RESULT, ActionRequest.of(CLERK, RECEIVED.plusDays(4))).after();

        assertThat(d.version()).isEqualTo(6);
        assertThat(d.status()).isEqualTo(DossierStatus.DONE);
        assertThat(d.finishedAt()).isEqualTo(RECEIVED.plusDays(3));
        assertThat(d.returnedAt()).isEqualTo(RECEIVED.plusDays(4));
    }

    @Test
    void apply_actionDatedBeforeReception_isRefused() {
        assertThatThrownBy(() -> apply(inStatus(DossierStatus.NEW), DossierAction.TRANSFER,
                ActionRequest.of(CLERK, RECEIVED.minusMinutes(1))))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("Không thể chuyển xử lý: thời điểm thao tác (07:59 ngày 02/03/2026) không được trước"
                        + " thời điểm tiếp nhận hồ sơ (08:00 ngày 02/03/2026).");
    }

    @Test
    void acceptOnline_recountsTheAppointmentFromAcceptance() {
        Dossier online = inStatus(DossierStatus.RECEIVING).toBuilder().channel(Channel.ONLINE)
                .processingTime(ProcessingTime.workingDays(3)).build();
        LocalDateTime accepted = LocalDateTime.parse("2026-03-03T14:00");

        Transition t = apply(online, DossierAction.ACCEPT_ONLINE, ActionRequest.of(CLERK, accepted));

        assertThat(t.after().appointmentAt()).isEqualTo(LocalDateTime.parse("2026-03-06T14:00"));
        assertThat(t.entry().stepDeadline()).isEqualTo(LocalDateTime.parse("2026-03-06T14:00"));
        assertThat(t.after().receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void acceptOnline_withoutFixedAppointment_keepsNone() {
        Dossier online = inStatus(DossierStatus.RECEIVING).toBuilder().appointmentAt(null).build();

        assertThat(apply(online, DossierAction.ACCEPT_ONLINE, ActionRequest.of(CLERK, NOW)).after().appointmentAt())
                .isNull();
    }
}
