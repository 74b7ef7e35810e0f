package vn.motcua.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.dossier.DossierStatus;

/** A newer version opens a data folder written by the first released schema (V1) and migrates it. */
class UpgradeTest {
    @TempDir
    Path dir;

    @Test
    void firstSchemaFixture_opensAndMigrates_keepingItsDossiers() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/desk-schema-v1.db")) {
            Files.copy(in, dir.resolve(DeskContext.DATABASE_FILE));
        }
        try (DeskContext ctx = DeskContext.open(dir)) {
            assertThat(ctx.database().quickCheck()).isEqualTo("ok");
            var found = ctx.dossiers().search("nguyen van duc", 10);
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("000.00.01.H22-260429-0001");
                assertThat(d.status()).isEqualTo(DossierStatus.PROCESSING);
            });
            assertThat(ctx.dossiers().search("dang van hung", 10)).hasSize(1);
            assertThat(ctx.setup().office()).get().satisfies(o -> assertThat(o.officeName()).isEqualTo("Xã Quảng Phú"));
            assertThat(ctx.accounts().signIn("admin", "matkhau123"))
                    .isInstanceOf(AccountService.SignIn.Success.class);
            var next = ctx.registration().register(DeskFixture.request("1.004873", "2026-04-29T16:00",
                    "Phạm Thị Mới", "038095001234"), ctx.accounts().firstAdmin().orElseThrow());
            assertThat(next.dossier().code()).isEqualTo("000.00.01.H22-260429-0004");
        }
    }
}
