package vn.motcua.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.store.Database;

class BackupServiceTest {
    @TempDir
    Path dir;

    @Test
    void backup_damage_restore_roundTrip_bringsBackEveryDossier() throws Exception {
        Path data = dir.resolve("data");
        Path backup;
        try (DeskFixture desk = DeskFixture.create(data, 1, LocalDateTime.of(2026, 5, 4, 10, 0))) {
            desk.register("1.004873", "2026-04-29T15:30", "Nguyễn Văn Đức");
            desk.register("1.004873", "2026-04-29T15:35", "Trần Thị Bình");
            BackupService.Made made = desk.ctx().backups().create(dir.resolve("usb"));
            assertThat(made.ok()).isTrue();
            backup = made.backup().file();
            assertThat(backup.resolveSibling(backup.getFileName() + "-wal")).doesNotExist();
            assertThat(backup.resolveSibling(backup.getFileName() + "-shm")).doesNotExist();
            desk.register("1.004873", "2026-04-29T15:40", "Lê Văn Sau Sao Lưu");
        }
        Path live = data.resolve(DeskContext.DATABASE_FILE);
        damage(live);
        assertThat(Database.integrityCheck(live)).isNotEqualTo("ok");

        BackupService.Restored r = BackupService.restore(data, backup, Clock.systemUTC());

        assertThat(r.integrityAfter()).isEqualTo("ok");
        assertThat(r.previousKeptAs()).exists();
        try (DeskContext ctx = DeskContext.open(data)) {
            assertThat(ctx.dossiers().search("nguyen van duc", 10)).hasSize(1);
            assertThat(ctx.dossiers().search("tran thi binh", 10)).hasSize(1);
            assertThat(ctx.dossiers().search("sau sao luu", 10)).isEmpty();
            assertThat(ctx.database().quickCheck()).isEqualTo("ok");
        }
    }

    @Test
    void restore_refusesADamagedBackup_andChangesNothing() throws Exception {
        Path data = dir.resolve("data");
        Path bad = dir.resolve("motcua-20260101-000000.db");
        try (DeskFixture desk = DeskFixture.create(data, 1, LocalDateTime.of(2026, 5, 4, 10, 0))) {
            desk.register("1.004873", "2026-04-29T15:30", "Nguyễn Văn Đức");
            Path copy = desk.ctx().backups().create(dir).backup().file();
            Files.move(copy, bad);
        }
        damage(bad);
        long before = Files.size(data.resolve(DeskContext.DATABASE_FILE));
        assertThatThrownBy(() -> BackupService.restore(data, bad, Clock.systemUTC()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("bị hỏng");
        assertThat(Files.size(data.resolve(DeskContext.DATABASE_FILE))).isEqualTo(before);
        try (DeskContext ctx = DeskContext.open(data)) {
            assertThat(ctx.dossiers().search("nguyen van duc", 10)).hasSize(1);
        }
    }

    @Test
    void dailyBackup_isMadeOncePerDay_andRotated() throws Exception {
        try (DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 5, 4, 10, 0))) {
            BackupService b = desk.ctx().backups();
            assertThat(b.dailyIfDue(3)).isPresent();
            assertThat(b.dailyIfDue(3)).isEmpty();
            for (int day = 1; day <= 5; day++) {
                Files.copy(BackupService.list(b.folder()).get(0).file(),
                        b.folder().resolve("motcua-2026040" + day + "-080000.db"));
            }
            b.dailyIfDue(3);
            assertThat(BackupService.list(b.folder())).hasSize(3)
                    .first().satisfies(x -> assertThat(x.takenAt().toLocalDate()).hasToString("2026-05-04"));
        }
    }

    /** Overwrites the middle of the file (b-tree pages) with garbage, as a failing disk would. */
    private static void damage(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long len = f.length();
            byte[] junk = new byte[8192];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            for (long pos = 4096; pos < len - 4096; pos += 16384) {
                f.seek(pos);
                f.write(junk);
            }
        }
    }
}
