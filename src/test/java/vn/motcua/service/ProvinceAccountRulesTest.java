package vn.motcua.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.auth.PasswordHashes;
import vn.motcua.domain.account.Role;
import vn.motcua.store.UserRepository;

/** A province-managed account cannot be edited at the desk; local accounts keep working as before. */
class ProvinceAccountRulesTest {
    @TempDir
    Path dir;
    DeskFixture desk;
    AccountService accounts;

    @BeforeEach
    void openDesk() {
        desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 5, 4, 10, 0));
        accounts = desk.ctx().accounts();
        desk.ctx().database().write(c -> new UserRepository().upsertProvince(c, "hoa.lt", "Lê Thị Hoa", Role.CLERK,
                true, PasswordHashes.hash("mat-khau-tinh"), false, "2026-05-04T03:00:00Z",
                LocalDateTime.of(2026, 5, 4, 10, 0)));
        accounts.create(desk.admin(), "canbo1", "Trần Văn Bình", "Cán bộ một cửa", "", Role.CLERK, "mat-khau-quay");
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    @Test
    void anAdministratorCannotResetDisableOrPromoteAProvinceAccount() {
        assertThatThrownBy(() -> accounts.resetPassword(desk.admin(), "hoa.lt", "mat-khau-khac"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Tài khoản «hoa.lt» do tỉnh quản lý: không sửa được tại quầy.");
        assertThatThrownBy(() -> accounts.setActive(desk.admin(), "hoa.lt", false))
                .isInstanceOf(ValidationException.class).hasMessageContaining("qua quản trị tỉnh");
        assertThatThrownBy(() -> accounts.setRole(desk.admin(), "hoa.lt", Role.ADMIN))
                .isInstanceOf(ValidationException.class).hasMessageContaining("do tỉnh quản lý");
        var u = accounts.list().stream().filter(a -> a.username().equals("hoa.lt")).findFirst().orElseThrow();
        assertThat(u.active()).isTrue();
        assertThat(u.role()).isEqualTo(Role.CLERK);
        assertThat(accounts.signIn("hoa.lt", "mat-khau-tinh")).isInstanceOf(AccountService.SignIn.Success.class);
    }

    @Test
    void aProvinceUserCannotChangeTheirOwnPasswordAtTheDesk() {
        var hoa = accounts.actor("hoa.lt").orElseThrow();
        assertThatThrownBy(() -> accounts.changeOwnPassword(hoa, "mat-khau-tinh", "mat-khau-moi-1"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Đổi mật khẩu qua quản trị tỉnh");
        assertThat(accounts.signIn("hoa.lt", "mat-khau-tinh")).isInstanceOf(AccountService.SignIn.Success.class);
    }

    @Test
    void localAccountsKeepWorkingAsBefore() {
        accounts.resetPassword(desk.admin(), "canbo1", "mat-khau-moi-1");
        accounts.setRole(desk.admin(), "canbo1", Role.SUPERVISOR);
        accounts.setActive(desk.admin(), "canbo1", false);
        assertThat(accounts.signIn("canbo1", "mat-khau-moi-1")).isInstanceOf(AccountService.SignIn.Refused.class);
        accounts.setActive(desk.admin(), "canbo1", true);
        assertThat(accounts.signIn("canbo1", "mat-khau-moi-1")).isInstanceOf(AccountService.SignIn.Success.class);

        var binh = accounts.actor("canbo1").orElseThrow();
        assertThat(binh.role()).isEqualTo(Role.SUPERVISOR);
        assertThatThrownBy(() -> accounts.changeOwnPassword(binh, "sai", "mat-khau-moi-2"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Mật khẩu hiện tại không đúng");
        assertThatThrownBy(() -> accounts.changeOwnPassword(binh, "mat-khau-moi-1", "ngan"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ít nhất 8 ký tự");
        accounts.changeOwnPassword(binh, "mat-khau-moi-1", "mat-khau-moi-2");
        assertThat(accounts.signIn("canbo1", "mat-khau-moi-2")).isInstanceOf(AccountService.SignIn.Success.class);
        // a local name the province already holds is refused, as any taken name
        assertThatThrownBy(() -> accounts.create(desk.admin(), "hoa.lt", "Ai Đó", "", "", Role.CLERK, "mat-khau-x1"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("đã có");
    }
}
