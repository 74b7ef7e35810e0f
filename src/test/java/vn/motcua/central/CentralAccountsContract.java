package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.auth.PasswordHashes;
import vn.motcua.central.CentralFixture.Desk;
import vn.motcua.central.admin.OfficeAccountService;

/**
 * Province-managed office accounts on the central server, through real HTTP pull, run once per database (SQLite
 * always, PostgreSQL when {@value TestDatabases#PG_ENV} is set).
 */
abstract class CentralAccountsContract {
    @TempDir
    Path dir;
    CentralFixture f;
    Desk deskA1;
    Desk deskB1;

    abstract CentralFixture start(Path dir) throws Exception;

    @BeforeEach
    void startServer() throws Exception {
        f = start(dir);
        deskA1 = f.enroll(CentralFixture.OFFICE_A, 1);
        deskB1 = f.enroll(CentralFixture.OFFICE_B, 1);
    }

    @AfterEach
    void stopServer() {
        if (f != null) {
            f.close();
        }
    }

    private OfficeAccountService accounts() {
        return f.ctx.accounts();
    }

    @Test
    void addedAccount_comesDownToTheOfficesDesks_withAHashTheDeskCanVerify() throws Exception {
        var saved = accounts().add(CentralFixture.OFFICE_A, "hoa.lt", "  Lê Thị Hoa ", "clerk", "mat-khau-tinh",
                true);
        assertThat(saved.generatedPassword()).isNull();
        assertThat(saved.account().fullName()).isEqualTo("Lê Thị Hoa");
        assertThat(saved.account().role()).isEqualTo("CLERK");

        List<JsonNode> changes = accountChanges(deskA1, "");
        assertThat(changes).hasSize(1);
        JsonNode c = changes.get(0);
        assertThat(c.get("key").asText()).isEqualTo("hoa.lt");
        assertThat(c.get("deleted").asBoolean()).isFalse();
        JsonNode data = c.get("data");
        assertThat(data.get("username").asText()).isEqualTo("hoa.lt");
        assertThat(data.get("fullName").asText()).isEqualTo("Lê Thị Hoa");
        assertThat(data.get("role").asText()).isEqualTo("CLERK");
        assertThat(data.get("active").asBoolean()).isTrue();
        assertThat(data.get("mustChangePassword").asBoolean()).isTrue();
        assertThat(data.get("updatedAt").asText()).isEqualTo("2026-04-29T08:30:00Z");
        String hash = data.get("passwordHash").asText();
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("mat-khau-tinh");
        assertThat(PasswordHashes.verify("mat-khau-tinh", hash)).isTrue();
        assertThat(PasswordHashes.isWellFormed(hash)).isTrue();

        // never another office's accounts
        assertThat(accountChanges(deskB1, "")).isEmpty();
    }

    @Test
    void disableEnableAndReset_eachComeDownOnce_asTheLatestState() throws Exception {
        accounts().add(CentralFixture.OFFICE_A, "hoa.lt", "Lê Thị Hoa", "CLERK", "mat-khau-tinh", false);
        accounts().add(CentralFixture.OFFICE_A, "nam.nv", "Nguyễn Văn Nam", "SUPERVISOR", null, false);
        JsonNode first = CentralFixture.json(f.pull(deskA1, ""));
        String cursor = first.get("nextCursor").asText();
        assertThat(accountChanges(first)).hasSize(2);

        f.clock.advance(java.time.Duration.ofMinutes(5));
        var disabled = accounts().setActive(CentralFixture.OFFICE_A, "hoa.lt", false);
        assertThat(disabled.active()).isFalse();
        List<JsonNode> after = accountChanges(deskA1, "?since=" + cursor);
        assertThat(after).singleElement().satisfies(c -> {
            assertThat(c.get("key").asText()).isEqualTo("hoa.lt");
            assertThat(c.get("data").get("active").asBoolean()).isFalse();
            assertThat(c.get("data").get("updatedAt").asText()).isEqualTo("2026-04-29T08:35:00Z");
        });

        // disable then enable then reset: one change, the latest state
        accounts().setActive(CentralFixture.OFFICE_A, "hoa.lt", true);
        var reset = accounts().resetPassword(CentralFixture.OFFICE_A, "hoa.lt", null, true);
        assertThat(reset.generatedPassword()).matches("[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}");
        List<JsonNode> latest = accountChanges(deskA1, "?since=" + cursor);
        assertThat(latest).singleElement().satisfies(c -> {
            JsonNode d = c.get("data");
            assertThat(d.get("active").asBoolean()).isTrue();
            assertThat(d.get("mustChangePassword").asBoolean()).isTrue();
            assertThat(PasswordHashes.verify(reset.generatedPassword(), d.get("passwordHash").asText())).isTrue();
            assertThat(PasswordHashes.verify("mat-khau-tinh", d.get("passwordHash").asText())).isFalse();
        });
    }

    @Test
    void accountChanges_mergeWithDossiersAndRatingsInChangeOrder_acrossPages() throws Exception {
        var gen = new vn.motcua.central.bench.SyntheticDossiers(1, CentralFixture.OFFICE_A, 1,
                java.time.LocalDate.of(2026, 4, 29));
        f.push(deskA1, List.of(gen.received(gen.dossier(0))));
        accounts().add(CentralFixture.OFFICE_A, "hoa.lt", "Lê Thị Hoa", "CLERK", "mat-khau-tinh", false);
        f.push(deskA1, List.of(gen.received(gen.dossier(1))));
        accounts().add(CentralFixture.OFFICE_A, "nam.nv", "Nguyễn Văn Nam", "ADMIN", "mat-khau-tinh", false);

        List<String> seen = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        String cursor = "0";
        boolean more = true;
        while (more) {
            JsonNode page = CentralFixture.json(f.pull(deskA1, "?limit=1&since=" + cursor));
            for (JsonNode c : page.get("changes")) {
                seen.add(c.get("kind").asText());
                seqs.add(c.get("seq").asLong());
            }
            cursor = page.get("nextCursor").asText();
            more = page.get("hasMore").asBoolean();
        }
        assertThat(seen).containsSubsequence("DOSSIER", "ACCOUNT", "DOSSIER", "ACCOUNT");
        assertThat(seen.stream().filter("ACCOUNT"::equals)).hasSize(2);
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void refusals_nameTheProblem_andStoreNothing() {
        accounts().add(CentralFixture.OFFICE_A, "hoa.lt", "Lê Thị Hoa", "CLERK", "mat-khau-tinh", false);
        assertThatThrownBy(() -> accounts().add(CentralFixture.OFFICE_A, "hoa.lt", "Người khác", "CLERK",
                "mat-khau-tinh", false)).isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("đã có tài khoản «hoa.lt»");
                });
        // the same name in another office is another account
        accounts().add(CentralFixture.OFFICE_B, "hoa.lt", "Lê Thị Hoa", "CLERK", "mat-khau-tinh", false);
        assertThat(status(() -> accounts().add(CentralFixture.OFFICE_A, "Hoa LT", "X", "CLERK", "mat-khau-tinh",
                false))).isEqualTo(400);
        assertThat(status(() -> accounts().add(CentralFixture.OFFICE_A, "lan.pt", " ", "CLERK", "mat-khau-tinh",
                false))).isEqualTo(400);
        assertThat(status(() -> accounts().add(CentralFixture.OFFICE_A, "lan.pt", "Phạm Thị Lan", "BOSS",
                "mat-khau-tinh", false))).isEqualTo(400);
        assertThat(status(() -> accounts().add(CentralFixture.OFFICE_A, "lan.pt", "Phạm Thị Lan", "CLERK", "ngan",
                false))).isEqualTo(400);
        assertThat(status(() -> accounts().add("000.00.09.H22", "lan.pt", "Phạm Thị Lan", "CLERK", null,
                false))).isEqualTo(404);
        assertThat(status(() -> accounts().setActive(CentralFixture.OFFICE_A, "khong.co", false))).isEqualTo(404);
        assertThat(status(() -> accounts().setActive(CentralFixture.OFFICE_A, "hoa.lt", true))).isEqualTo(409);
        assertThat(status(() -> accounts().resetPassword(CentralFixture.OFFICE_A, "khong.co", null, false)))
                .isEqualTo(404);
        assertThat(f.count("office_account")).isEqualTo(2);
        assertThat(accounts().list(CentralFixture.OFFICE_A)).extracting(a -> a.username()).containsExactly("hoa.lt");
    }

    @Test
    void refusedChanges_takeNoChangeNumber() throws Exception {
        accounts().add(CentralFixture.OFFICE_A, "hoa.lt", "Lê Thị Hoa", "CLERK", "mat-khau-tinh", false);
        long before = f.ctx.admin().offices().stream().filter(o -> o.code().equals(CentralFixture.OFFICE_A))
                .findFirst().orElseThrow().changeSeq();
        status(() -> accounts().setActive(CentralFixture.OFFICE_A, "hoa.lt", true));
        status(() -> accounts().add(CentralFixture.OFFICE_A, "hoa.lt", "Lê Thị Hoa", "CLERK", "mat-khau-tinh",
                false));
        long after = f.ctx.admin().offices().stream().filter(o -> o.code().equals(CentralFixture.OFFICE_A))
                .findFirst().orElseThrow().changeSeq();
        assertThat(after).isEqualTo(before);
    }

    private static int status(Runnable r) {
        try {
            r.run();
        } catch (ApiException e) {
            return e.status();
        }
        return 200;
    }

    private List<JsonNode> accountChanges(Desk d, String query) throws Exception {
        var r = f.pull(d, query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return accountChanges(CentralFixture.json(r));
    }

    private static List<JsonNode> accountChanges(JsonNode page) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : page.get("changes")) {
            if ("ACCOUNT".equals(c.get("kind").asText())) {
                out.add(c);
            }
        }
        return out;
    }
}
