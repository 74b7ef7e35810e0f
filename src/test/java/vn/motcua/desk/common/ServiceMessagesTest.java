package vn.motcua.desk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.domain.text.Msg;
import vn.motcua.service.AccessDeniedException;
import vn.motcua.service.Problem;
import vn.motcua.service.ValidationException;

/** The desk shows the services' messages in its own language (decision 0009), the command line in Vietnamese. */
class ServiceMessagesTest {
    private final Messages en = Messages.forLanguage("en");
    private final Messages vi = Messages.forLanguage("vi");

    @Test
    void aRefusal_isShownInTheDesksLanguage() {
        ValidationException v = new ValidationException(List.of(
                Problem.of("procedureCode", "registration.procedure.unknown", "1.123456"),
                Problem.of("applicant.fullName", "registration.name.empty", Msg.of("registration.person.owner"))));
        assertThat(ErrorMessages.of(v, en)).isEqualTo("There is no procedure «1.123456» in the catalogue.\n"
                + "The full name of the applicant cannot be empty.");
        assertThat(ErrorMessages.of(v, vi)).isEqualTo("Không có thủ tục mã «1.123456» trong danh mục.\n"
                + "Họ và tên chủ hồ sơ không được để trống.");
        assertThat(v.getMessage()).contains("Không có thủ tục mã «1.123456» trong danh mục.");

        AccessDeniedException a = new AccessDeniedException(Msg.of("access.signInRequired",
                Msg.of("action.register")));
        assertThat(ErrorMessages.of(a, en)).isEqualTo("Sign in to register dossiers.");
        assertThat(a.getMessage()).isEqualTo("Cần đăng nhập để tiếp nhận hồ sơ.");
    }
}
