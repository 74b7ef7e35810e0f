package vn.motcua.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorTest {

    @ParameterizedTest
    @CsvSource({"CLERK, Cán bộ một cửa", "SUPERVISOR, Lãnh đạo/Giám sát", "ADMIN, Quản trị"})
    void role_hasVietnameseLabel(Role role, String label) {
        assertThat(role.labelVi()).isEqualTo(label);
    }

    @Test
    void actor_withoutFullName_showsTheUsername() {
        Actor a = new Actor("lan.nt", "  ", null, null, Role.CLERK);

        assertThat(a.fullName()).isEqualTo("lan.nt");
        assertThat(a.title()).isEmpty();
        assertThat(a.unit()).isEmpty();
    }

    @Test
    void actor_withoutUsernameOrRole_isAProgrammingError() {
        assertThatThrownBy(() -> new Actor(" ", "Lan", "", "", Role.CLERK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor("lan.nt", "Lan", "", "", null)).isInstanceOf(NullPointerException.class);
    }
}
