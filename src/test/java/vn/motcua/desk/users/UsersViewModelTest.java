package vn.motcua.desk.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.desk.common.CurrentThreadTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.account.Role;
import vn.motcua.service.DeskFixture;
import vn.motcua.store.UserAccount;

class UsersViewModelTest {
    @TempDir
    Path dir;

    @Test
    void createsDisablesAndChangesRole_andSaysWhatFailedInTheAdminsLanguage() {
        try (DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0))) {
            UsersViewModel vm = new UsersViewModel(desk.ctx().accounts(), desk.admin(),
                    new CurrentThreadTaskExecutor(), Messages.forLanguage("en"));
            vm.load();
            int before = vm.users().size();
            vm.create(new UsersViewModel.NewUser(" canbo2 ", "Lê Văn Hai", "Cán bộ", Role.CLERK,
                    "mat-khau-dai-du"));
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.users()).hasSize(before + 1);
            UserAccount added = vm.users().stream().filter(u -> u.username().equals("canbo2")).findFirst()
                    .orElseThrow();
            assertThat(vm.state(added)).isEqualTo(Messages.forLanguage("en").t("users.state.active"));

            vm.selectedProperty().set(added);
            assertThat(vm.provinceSelectedProperty().get()).isFalse();
            vm.toggleActive();
            vm.setRole(Role.SUPERVISOR);
            UserAccount now = vm.selectedProperty().get();
            assertThat(now.username()).isEqualTo("canbo2");
            assertThat(now.active()).isFalse();
            assertThat(now.role()).isEqualTo(Role.SUPERVISOR);

            vm.create(new UsersViewModel.NewUser("canbo2", "Trùng tên", "", Role.CLERK, "mat-khau-dai-du"));
            assertThat(vm.errorProperty().get()).isNotEmpty();
            assertThat(vm.users()).hasSize(before + 1);
            assertThatThrownBy(() -> vm.users().add(now)).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
