package vn.motcua.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.desk.common.CurrentThreadTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.service.DeskContext;
import vn.motcua.service.DeskFixture;
import vn.motcua.store.Database;

class BackupViewModelsTest {
    @TempDir
    Path dir;
    private final Messages m = Messages.forLanguage("vi");

    @Test
    void backUpNow_andToAFolder_listAndHandRestoreToTheShell() throws Exception {
        List<Path> restoreAsked = new ArrayList<>();
        try (DeskFixture desk = DeskFixture.create(dir.resolve("data"), 1, LocalDateTime.of(2026, 4, 29, 9, 0))) {
            BackupViewModel vm = new BackupViewModel(desk.ctx().backups(), new CurrentThreadTaskExecutor(), m,
                    restoreAsked::add);
            vm.load();
            int before = vm.backups().size();
            vm.backUpNow();
            assertThat(vm.statusProperty().get()).startsWith("Đã sao lưu vào").contains("tốt");
            assertThat(vm.backups()).hasSize(before + 1);
            Path usb = dir.resolve("usb");
            vm.backUpTo(usb);
            try (var files = Files.list(usb)) {
                assertThat(files.filter(p -> p.toString().endsWith(".db")).toList()).singleElement()
                        .satisfies(p -> assertThat(Database.integrityCheck(p)).isEqualTo("ok"));
            }
            assertThat(vm.canRestore()).isTrue();
            vm.restore(vm.backups().get(0));
            assertThat(restoreAsked).containsExactly(vm.backups().get(0).file());
        }
    }

    @Test
    void recovery_restoresTheNewestGoodBackup_skippingADamagedOne() throws Exception {
        Path data = dir.resolve("data");
        String code;
        try (DeskFixture desk = DeskFixture.create(data, 1, LocalDateTime.of(2026, 4, 29, 9, 0))) {
            code = desk.register("1.004873", "2026-04-29T08:30", "Nguyễn Văn Đức").dossier().code();
            Path good = desk.ctx().backups().create(null).backup().file();
            Path newest = good.resolveSibling("motcua-20260430-090000.db");
            Files.copy(good, newest);
            damage(newest);
        }
        damage(data.resolve(DeskContext.DATABASE_FILE));
        List<String> restored = new ArrayList<>();
        RecoveryViewModel vm = new RecoveryViewModel(data, "*** in database main ***", Clock.systemUTC(),
                new CurrentThreadTaskExecutor(), m, () -> restored.add("yes"));
        vm.load();
        assertThat(vm.backups()).hasSize(2);
        vm.restoreNewest();
        assertThat(restored).containsExactly("yes");
        assertThat(vm.statusProperty().get()).startsWith("Đã khôi phục dữ liệu từ");
        try (DeskContext ctx = DeskContext.open(data)) {
            assertThat(ctx.database().quickCheck()).isEqualTo("ok");
            int n = ctx.database().read(c -> {
                try (var st = c.prepareStatement("SELECT count(*) FROM dossier WHERE code = ?")) {
                    st.setString(1, code);
                    try (var rs = st.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }
            });
            assertThat(n).isEqualTo(1);
        }
    }

    @Test
    void recovery_withoutBackups_saysWhereToPutOne() {
        RecoveryViewModel vm = new RecoveryViewModel(dir, "malformed", Clock.systemUTC(),
                new CurrentThreadTaskExecutor(), m, () -> { });
        vm.load();
        assertThat(vm.statusProperty().get()).startsWith("Không tìm thấy bản sao lưu");
        vm.restoreNewest();
        assertThat(vm.statusProperty().get()).contains("Không có bản sao lưu nào còn tốt");
    }

    private static void damage(Path db) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            long len = f.length();
            for (long at = 4096; at < len; at += 4096) {
                f.seek(at);
                f.write(new byte[512]);
                f.seek(at + 1024);
                f.write("garbage garbage garbage".getBytes());
            }
            f.seek(0);
            f.write("not a sqlite file at all".getBytes());
        }
    }
}
