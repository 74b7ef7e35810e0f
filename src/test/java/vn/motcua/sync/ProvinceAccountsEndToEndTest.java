package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.http.CentralServer;
import vn.motcua.service.AccountService;
import vn.motcua.service.DeskFixture;

/**
 * The province manages an office's accounts end to end, over real HTTP: province adds an account → the desk syncs →
 * the user signs in at the desk (offline from then on) with the province's password; province disables it → after
 * the next sync the desk refuses the sign-in; a province password reset replaces the password at the desk.
 */
class ProvinceAccountsEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void provinceAddsDisablesAndResets_theDeskFollowsAfterEachSync() throws Exception {
        Path centralDir = Files.createDirectories(dir.resolve("central"));
        CentralConfig cfg = CentralConfig.defaults("jdbc:sqlite:" + centralDir.resolve("central.db"))
                .withHost("127.0.0.1").withPort(0);
        try (CentralContext central = CentralContext.open(cfg, Clock.systemUTC());
             CentralServer server = CentralServer.start(central, cfg);
             DeskFixture desk = DeskFixture.create(dir.resolve("desk"), 1, LocalDateTime.now(vn.motcua.service.DeskContext.ZONE))) {
            central.admin().addOffice(DeskFixture.AGENCY, "Xã Quảng Phú", false);
            String code = central.enrollment().issue(DeskFixture.AGENCY, 1, Duration.ofHours(1)).enrollmentCode();
            desk.ctx().sync().enroll(server.baseUrl(), code, "Quầy 1", desk.admin());
            AccountService accounts = desk.ctx().accounts();

            central.accounts().add(DeskFixture.AGENCY, "hoa.lt", "Lê Thị Hoa", "CLERK", "mat-khau-tinh", false);
            assertThat(accounts.signIn("hoa.lt", "mat-khau-tinh")).isInstanceOf(AccountService.SignIn.Refused.class);
            SyncReport first = desk.ctx().sync().syncNow();
            assertThat(first.ok()).as(first.toString()).isTrue();
            assertThat(accounts.signIn("hoa.lt", "mat-khau-tinh")).isInstanceOf(AccountService.SignIn.Success.class);
            assertThat(accounts.actor("hoa.lt").orElseThrow().fullName()).isEqualTo("Lê Thị Hoa");

            central.accounts().setActive(DeskFixture.AGENCY, "hoa.lt", false);
            assertThat(accounts.signIn("hoa.lt", "mat-khau-tinh"))
                    .as("until the desk syncs it still knows the account as active")
                    .isInstanceOf(AccountService.SignIn.Success.class);
            assertThat(desk.ctx().sync().syncNow().ok()).isTrue();
            assertThat(accounts.signIn("hoa.lt", "mat-khau-tinh")).isInstanceOf(AccountService.SignIn.Refused.class);

            central.accounts().setActive(DeskFixture.AGENCY, "hoa.lt", true);
            String fresh = central.accounts().resetPassword(DeskFixture.AGENCY, "hoa.lt", null, true)
                    .generatedPassword();
            assertThat(desk.ctx().sync().syncNow().ok()).isTrue();
            assertThat(accounts.signIn("hoa.lt", "mat-khau-tinh")).isInstanceOf(AccountService.SignIn.Refused.class);
            assertThat(accounts.signIn("hoa.lt", fresh)).isInstanceOf(AccountService.SignIn.Success.class);
            assertThat(accounts.signIn("admin", DeskFixture.PASSWORD))
                    .as("the desk's local administrator keeps working")
                    .isInstanceOf(AccountService.SignIn.Success.class);
        }
    }
}
