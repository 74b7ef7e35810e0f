package vn.motcua.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;

class AccountServiceTest {
    @TempDir
    Path dir;

    @Test
    void signIn_locksTheAccountAfterFiveWrongPasswords() {
        try (DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 5, 4, 10, 0))) {
            AccountService a = desk.ctx().accounts();
            assertThat(a.signIn("admin", DeskFixture.PASSWORD)).isInstanceOf(AccountService.SignIn.Success.class);
            for (int i = 0; i < 4; i++) {
                assertThat(a.signIn("admin", "sai-mat-khau")).isInstanceOf(AccountService.SignIn.Refused.class);
            }
            var fifth = a.signIn("admin", "sai-mat-khau");
            assertThat(((AccountService.SignIn.Refused) fifth).messageVi()).contains("bị khóa");
            // even the right password is refused while locked
            var locked = a.signIn("admin", DeskFixture.PASSWORD);
            assertThat(((AccountService.SignIn.Refused) locked).messageVi()).contains("tạm khóa");
            // the refusals are keys: an English desk shows them in English (issue 15)
            assertThat(((AccountService.SignIn.Refused) fifth).msg().render(java.util.Locale.ENGLISH))
                    .isEqualTo("Wrong password 5 times: the account is locked for 15 minutes.");
            assertThat(((AccountService.SignIn.Refused) locked).msg().render(java.util.Locale.ENGLISH))
                    .startsWith("The account is locked for a while").contains("Try again after 10:15.");
            assertThat(((AccountService.SignIn.Refused) a.signIn("nobody", "x")).msg().render(java.util.Locale.ENGLISH))
                    .isEqualTo("Wrong user name or password.");
        }
    }

    @Test
    void onlyAnAdministratorCreatesAccounts_andPasswordsAreStoredAsArgon2id() {
        try (DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 5, 4, 10, 0))) {
            AccountService a = desk.ctx().accounts();
            a.create(desk.admin(), "canbo1", "Lê Thị Hoa", "Cán bộ một cửa", "", Role.CLERK, "mat-khau-1");
            Actor clerk = a.actor("canbo1").orElseThrow();
            assertThatThrownBy(() -> a.create(clerk, "canbo2", "X Y", "", "", Role.CLERK, "mat-khau-2"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(a.list()).filteredOn(u -> u.username().equals("canbo1")).singleElement()
                    .satisfies(u -> assertThat(u.passwordHash()).startsWith("$argon2id$v=19$")
                            .doesNotContain("mat-khau-1"));
            assertThat(a.signIn("canbo1", "mat-khau-1")).isInstanceOf(AccountService.SignIn.Success.class);
        }
    }

    @Test
    void passwordHasher_verifiesOnlyTheRightPassword() {
        PasswordHasher h = new PasswordHasher();
        String hash = h.hash("Mật khẩu có dấu");
        assertThat(h.verify("Mật khẩu có dấu", hash)).isTrue();
        assertThat(h.verify("Mat khau co dau", hash)).isFalse();
        assertThat(h.verify("x", "not-a-hash")).isFalse();
        assertThat(h.hash("same")).isNotEqualTo(h.hash("same"));
    }
}
