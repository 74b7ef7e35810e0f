package vn.motcua.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.text.Msg;

/** Refusals of the status machine are messages: Vietnamese as before, English for an English desk. */
class RefusalMessagesTest {
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void everyActionAndStatusHasItsNamesInBothLanguages() {
        for (Locale l : new Locale[] {Locale.forLanguageTag("vi"), EN}) {
            ResourceBundle b = Msg.bundle(l);
            for (DossierAction a : DossierAction.values()) {
                assertThat(b.containsKey("dossier.action." + a.name())).as(a + " " + l).isTrue();
                assertThat(b.containsKey("dossier.verb." + a.name())).as(a + " " + l).isTrue();
            }
            for (DossierStatus s : DossierStatus.values()) {
                assertThat(b.containsKey("dossier.status." + s.name())).as(s + " " + l).isTrue();
            }
        }
        for (DossierAction a : DossierAction.values()) {
            assertThat(Msg.of("dossier.action." + a.name()).vi()).isEqualTo(a.labelVi());
            assertThat(Msg.of("dossier.verb." + a.name()).vi()).isEqualTo(a.verbVi());
        }
        for (DossierStatus s : DossierStatus.values()) {
            assertThat(Msg.of("dossier.status." + s.name()).vi()).isEqualTo(s.labelVi());
        }
    }

    @Test
    void aWrongStatusIsExplainedInTheReadersLanguage() {
        Dossier d = DossierFixtures.inStatus(DossierStatus.DONE);
        Msg why = StatusMachine.refusalMsg(d, DossierAction.FINISH, Role.CLERK).orElseThrow();
        assertThat(why.vi()).startsWith("Không thể kết thúc xử lý: hồ sơ đang ở trạng thái «Đã trả kết quả»");
        assertThat(why.render(EN)).startsWith("Cannot finish processing: the dossier is «Result returned»")
                .doesNotContain("hồ sơ");
        assertThat(StatusMachine.refusal(d, DossierAction.FINISH, Role.CLERK)).contains(why.vi());
    }

    @Test
    void aWrongRoleAndAMissingReasonToo() {
        Dossier done = DossierFixtures.inStatus(DossierStatus.DONE);
        Msg role = StatusMachine.refusalMsg(done, DossierAction.REVOKE_RETURN, Role.CLERK).orElseThrow();
        assertThat(role.vi()).isEqualTo("Không thể thu hồi: chỉ người có vai trò «Quản trị» được thực hiện thao tác"
                + " này (vai trò hiện tại: «Cán bộ một cửa»).");
        assertThat(role.render(EN)).isEqualTo("Cannot revoke the hand-over: only the role «Administrator» may do this"
                + " (your role: «Counter clerk»).");

        var refused = catchThrowableOfType(() -> new DossierLifecycle(DossierFixtures.CALENDAR_DAYS).apply(
                DossierFixtures.inStatus(DossierStatus.PROCESSING), DossierAction.STOP,
                new ActionRequest(DossierFixtures.CLERK, DossierFixtures.NOW, " ", null, null), null),
                TransitionRefusedException.class);
        assertThat(refused.getMessage()).isEqualTo("Không thể dừng xử lý: cần nhập lý do.");
        assertThat(refused.msg().render(EN)).isEqualTo("Cannot stop processing: the reason is required.");
    }
}
