package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.auth.PasswordHashes;
import vn.motcua.domain.account.AccountSource;
import vn.motcua.domain.account.Role;
import vn.motcua.service.AccountService;
import vn.motcua.service.DeskFixture;
import vn.motcua.store.CalendarRepository;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.ProcedureRepository;
import vn.motcua.store.RatingRepository;
import vn.motcua.store.SyncOutboxRepository;
import vn.motcua.store.SyncStateRepository;
import vn.motcua.store.UserAccount;
import vn.motcua.sync.wire.WireJson;

/** Pulled ACCOUNT changes at the desk: province-managed accounts replace the local row and sign in offline. */
class PullApplierAccountTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 10, 0);
    private static final String HASH = PasswordHashes.hash("mat-khau-tinh");

    @TempDir
    Path dir;
    DeskFixture desk;
    PullApplier applier;

    @BeforeEach
    void openDesk() {
        desk = DeskFixture.create(dir, 1, NOW);
        applier = new PullApplier(new DossierRepository(), new SyncOutboxRepository(), new SyncStateRepository(),
                new RatingRepository(), new ProcedureRepository(), new CalendarRepository(),
                new vn.motcua.store.AttachmentRepository(), new vn.motcua.store.AuditRepository());
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    @Test
    void aNewProvinceAccount_isStored_andSignsInWithTheProvincePassword() {
        PullApplier.Tally t = apply(change(10, "hoa.lt", "Lê Thị Hoa", "CLERK", true, HASH, true));
        assertThat(t.applied).isEqualTo(1);
        assertThat(t.skipped).isZero();
        UserAccount u = user("hoa.lt");
        assertThat(u.source()).isEqualTo(AccountSource.PROVINCE);
        assertThat(u.provinceManaged()).isTrue();
        assertThat(u.fullName()).isEqualTo("Lê Thị Hoa");
        assertThat(u.role()).isEqualTo(Role.CLERK);
        assertThat(u.mustChangePassword()).isTrue();
        assertThat(accounts().signIn("hoa.lt", "mat-khau-tinh")).isInstanceOf(AccountService.SignIn.Success.class);
        assertThat(accounts().signIn("hoa.lt", "sai-mat-khau")).isInstanceOf(AccountService.SignIn.Refused.class);
        // the local administrator is untouched
        assertThat(user("admin").source()).isEqualTo(AccountSource.LOCAL);
        assertThat(accounts().signIn("admin", DeskFixture.PASSWORD)).isInstanceOf(AccountService.SignIn.Success.class);
    }

    @Test
    void applyingTheSameChangeTwice_leavesTheSameRow() {
        JsonNode c = change(10, "hoa.lt", "Lê Thị Hoa", "SUPERVISOR", true, HASH, false);
        apply(c);
        UserAccount first = user("hoa.lt");
        apply(c);
        assertThat(user("hoa.lt")).isEqualTo(first);
        assertThat(desk.count("app_user")).isEqualTo(2);
    }

    @Test
    void aProvinceDisable_locksTheUserOut_andAnEnableLetsThemBackIn() {
        apply(change(10, "hoa.lt", "Lê Thị Hoa", "CLERK", true, HASH, false));
        apply(change(11, "hoa.lt", "Lê Thị Hoa", "CLERK", false, HASH, false));
        assertThat(user("hoa.lt").active()).isFalse();
        assertThat(accounts().signIn("hoa.lt", "mat-khau-tinh")).isInstanceOf(AccountService.SignIn.Refused.class);
        assertThat(accounts().actor("hoa.lt")).isEmpty();
        apply(change(12, "hoa.lt", "Lê Thị Hoa", "CLERK", true, HASH, false));
        assertThat(accounts().signIn("hoa.lt", "mat-khau-tinh")).isInstanceOf(AccountService.SignIn.Success.class);
    }

    @Test
    void aProvincePasswordReset_replacesTheHash_andLiftsALockOut() {
        apply(change(10, "hoa.lt", "Lê Thị Hoa", "CLERK", true, HASH, false));
        for (int i = 0; i < AccountService.MAX_FAILURES; i++) {
            accounts().signIn("hoa.lt", "sai-mat-khau");
        }
        assertThat(user("hoa.lt").lockedUntil()).isNotNull();
        apply(change(11, "hoa.lt", "Lê Thị Hoa", "CLERK", true, PasswordHashes.hash("mat-khau-moi"), true));
        UserAccount u = user("hoa.lt");
        assertThat(u.lockedUntil()).isNull();
        assertThat(u.failedAttempts()).isZero();
        assertThat(accounts().signIn("hoa.lt", "mat-khau-tinh")).isInstanceOf(AccountService.SignIn.Refused.class);
        assertThat(accounts().signIn("hoa.lt", "mat-khau-moi")).isInstanceOf(AccountService.SignIn.Success.class);
    }

    @Test
    void aLocalAccountOfTheSameName_isTakenOverByTheProvince() {
        accounts().create(desk.admin(), "hoa.lt", "Lê Hoa", "Cán bộ một cửa", "Bộ phận một cửa", Role.CLERK,
                "mat-khau-quay");
        apply(change(10, "hoa.lt", "Lê Thị Hoa", "SUPERVISOR", true, HASH, false));
        UserAccount u = user("hoa.lt");
        assertThat(u.source()).isEqualTo(AccountSource.PROVINCE);
        assertThat(u.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(u.fullName()).isEqualTo("Lê Thị Hoa");
        assertThat(u.title()).isEqualTo("Cán bộ một cửa");
        assertThat(accounts().signIn("hoa.lt", "mat-khau-quay")).isInstanceOf(AccountService.SignIn.Refused.class);
        assertThat(accounts().signIn("hoa.lt", "mat-khau-tinh")).isInstanceOf(AccountService.SignIn.Success.class);
    }

    @Test
    void unreadableAccounts_areSkippedWithAProblem_andStoreNothing() {
        ObjectNode badHash = change(10, "hoa.lt", "Lê Thị Hoa", "CLERK", true, "$argon2id$v=19$m=999999999,t=2,"
                + "p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA", false);
        ObjectNode costly = change(11, "hoa.lt", "Lê Thị Hoa", "CLERK", true, HASH.replace("m=19456", "m=4194304"),
                false);
        ObjectNode badRole = change(12, "hoa.lt", "Lê Thị Hoa", "BOSS", true, HASH, false);
        ObjectNode badName = change(13, "Hoa LT", "Lê Thị Hoa", "CLERK", true, HASH, false);
        ObjectNode keyMismatch = change(14, "hoa.lt", "Lê Thị Hoa", "CLERK", true, HASH, false);
        keyMismatch.put("key", "nam.nv");
        ObjectNode noActive = change(15, "hoa.lt", "Lê Thị Hoa", "CLERK", true, HASH, false);
        ((ObjectNode) noActive.get("data")).remove("active");
        ObjectNode noHash = change(16, "hoa.lt", "Lê Thị Hoa", "CLERK", true, HASH, false);
        ((ObjectNode) noHash.get("data")).remove("passwordHash");
        for (ObjectNode bad : new ObjectNode[] {badHash, costly, badRole, badName, keyMismatch, noActive, noHash}) {
            PullApplier.Tally t = apply(bad);
            assertThat(t.skipped).as(bad.toString()).isEqualTo(1);
            assertThat(t.problem.vi()).contains("ACCOUNT");
        }
        assertThat(desk.count("app_user")).isEqualTo(1);
    }

    private PullApplier.Tally apply(JsonNode change) {
        PullApplier.Tally t = new PullApplier.Tally();
        desk.ctx().database().write(c -> {
            applier.apply(c, change, NOW, t);
            return null;
        });
        return t;
    }

    private AccountService accounts() {
        return desk.ctx().accounts();
    }

    private UserAccount user(String username) {
        return accounts().list().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    static ObjectNode change(long seq, String username, String fullName, String role, boolean active, String hash,
                             boolean mustChange) {
        ObjectNode c = WireJson.mapper().createObjectNode();
        c.put("seq", seq);
        c.put("kind", "ACCOUNT");
        c.put("key", username);
        c.put("deleted", false);
        ObjectNode d = c.putObject("data");
        d.put("username", username);
        d.put("fullName", fullName);
        d.put("role", role);
        d.put("active", active);
        d.put("passwordHash", hash);
        d.put("mustChangePassword", mustChange);
        d.put("updatedAt", "2026-05-04T03:00:00Z");
        return c;
    }
}
