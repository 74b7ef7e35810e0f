package vn.motcua.desk.print;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import vn.motcua.desk.DeskApp;
import vn.motcua.desk.ReceiptPrinter;
import vn.motcua.desk.Session;
import vn.motcua.desk.backup.BackupDialog;
import vn.motcua.desk.backup.BackupViewModel;
import vn.motcua.desk.backup.RecoveryView;
import vn.motcua.desk.backup.RecoveryViewModel;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.Theme;
import vn.motcua.desk.main.MainView;
import vn.motcua.desk.register.ReceivedDialog;
import vn.motcua.service.DeskFixture;
import vn.motcua.service.RegistrationService.Registered;

/**
 * Not a test: drives the real desk on an X display (Xvfb) to take the screenshots of the print and data-safety
 * screens and to print a receipt through the OS default printer (CUPS-PDF when verifying). Run by hand:
 * {@code DISPLAY=:91 java -cp … vn.motcua.desk.print.DeskPrintScreens OUTDIR}.
 */
public final class DeskPrintScreens {
    private static Stage main;
    private static DeskApp app;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/dp-shots");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("dp-demo");
        DeskFixture desk = DeskFixture.create(data, 1, LocalDateTime.now().withNano(0));
        Registered reg = desk.register("1.004873", LocalDateTime.now().minusMinutes(5).withNano(0).toString(),
                "Nguyễn Thị Phương Thảo");
        desk.ctx().backups().create(null);
        FxTaskExecutor tasks = new FxTaskExecutor();
        Platform.startup(() -> { });
        fx(() -> {
            main = new Stage();
            app = new DeskApp(desk.ctx(), DeskPreferences.load(data), (BiFunction<Messages, Session, ReceiptPrinter>)
                    (m, s) -> new DeskPrinting(desk.ctx().print(), s.actor(), m, tasks,
                            (w, n) -> Optional.of(out.resolve("saved-" + n))), tasks);
            app.start(main);
            main.setX(0);
            main.setY(0);
            main.setWidth(1366);
            main.setHeight(768);
        });
        Thread.sleep(2500);
        fx(() -> {
            ((TextField) main.getScene().lookup("#login-username")).setText("admin");
            ((TextField) main.getScene().lookup("#login-password")).setText(DeskFixture.PASSWORD);
            ((Button) main.getScene().lookup("#login-submit")).fire();
        });
        Thread.sleep(3000);
        Messages m = app.messages();
        // the "Tiếp nhận" result dialog → "In giấy tiếp nhận" → preview
        Platform.runLater(() -> ReceivedDialog.show(main, m, reg, ((MainViewAccess) () -> mainView()).printer(),
                tasks));
        Thread.sleep(2000);
        shoot(out, "01-received", find("#received-print"));
        fx(() -> ((Button) find("#received-print").lookup("#received-print")).fire());
        Thread.sleep(5000);
        Window preview = window("#preview-pages");
        shoot(out, "02-preview-a5", preview);
        fx(() -> ((Button) preview.getScene().lookup("#preview-save")).fire());
        Thread.sleep(1500);
        fx(() -> ((Button) preview.getScene().lookup("#preview-print")).fire());
        Thread.sleep(6000);
        shoot(out, "03-preview-printed", preview);
        fx(() -> ((Stage) preview).close());
        fx(() -> ((Button) find("#received-view").lookup("#received-view")).fire());
        fx(() -> {
            try {
                mainView().showDossier(reg.dossier().code());
                System.out.println("detail shown: " + (main.getScene().lookup("#dossier-back") != null)
                        + " menu: " + (main.getScene().lookup("#dossier-print-menu") != null)
                        + " same root: " + (main.getScene().getRoot() == mainView().root()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(3000);
        shoot(out, "04-dossier-detail", main);
        fx(() -> ((javafx.scene.control.MenuButton) main.getScene().lookup("#dossier-print-menu")).show());
        Thread.sleep(1000);
        shootScreen(out, "05-dossier-print-menu");
        fx(() -> ((javafx.scene.control.MenuButton) main.getScene().lookup("#dossier-print-menu")).hide());
        // backup screen
        Platform.runLater(() -> BackupDialog.show(main, m, new BackupViewModel(desk.ctx().backups(), tasks, m,
                p -> { })));
        Thread.sleep(2500);
        shoot(out, "06-backup", window("#backup-table"));
        fx(() -> ((Stage) window("#backup-table")).close());
        Platform.runLater(() -> PrintSettingsDialog.show(main, m, new PrintSettingsViewModel(desk.ctx().print(),
                desk.admin(), tasks, m)));
        Thread.sleep(2500);
        shoot(out, "07-print-settings", window("#settings-status"));
        fx(() -> ((Stage) window("#settings-status")).close());
        // recovery screen over a damaged copy
        Path broken = Files.createTempDirectory("dp-broken");
        Files.createDirectories(broken.resolve("backups"));
        Files.copy(vn.motcua.service.BackupService.list(desk.ctx().backups().folder()).get(0).file(),
                broken.resolve("backups").resolve("motcua-20260429-170000.db"));
        fx(() -> {
            Stage s = new Stage();
            RecoveryViewModel vm = new RecoveryViewModel(broken, "*** in database main *** Page 12: btreeInitPage() "
                    + "returns error code 11", java.time.Clock.systemDefaultZone(), tasks, m, () -> { });
            Scene scene = new Scene(new RecoveryView(vm, m, s::close).root(), 1000, 680);
            Theme.style(scene);
            s.setScene(scene);
            s.show();
        });
        Thread.sleep(2500);
        shoot(out, "08-recovery", window("#recovery-title"));
        System.out.println("done");
        Platform.exit();
        tasks.close();
        desk.close();
        System.exit(0);
    }

    @FunctionalInterface
    private interface MainViewAccess {
        MainView get() throws Exception;

        default ReceiptPrinter printer() {
            try {
                Field f = MainView.class.getDeclaredField("printer");
                f.setAccessible(true);
                return (ReceiptPrinter) f.get(get());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static MainView mainView() throws Exception {
        Field f = DeskApp.class.getDeclaredField("main");
        f.setAccessible(true);
        return (MainView) f.get(app);
    }

    private static Node find(String id) {
        return window(id).getScene().getRoot();
    }

    private static Window window(String id) {
        return Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().lookup(id) != null)
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("no window with " + id));
    }

    private static void shoot(Path out, String name, Node node) throws Exception {
        shoot(out, name, node.getScene().getWindow());
    }

    private static void shoot(Path out, String name, Window w) throws Exception {
        CompletableFuture<javafx.scene.image.WritableImage> img = new CompletableFuture<>();
        Platform.runLater(() -> img.complete(w.getScene().snapshot(null)));
        ImageIO.write(SwingFXUtils.fromFXImage(img.get(10, TimeUnit.SECONDS), null), "png",
                out.resolve(name + ".png").toFile());
    }

    private static void shootScreen(Path out, String name) throws Exception {
        new ProcessBuilder("import", "-window", "root", out.resolve(name + ".png").toString()).inheritIO().start()
                .waitFor(20, TimeUnit.SECONDS);
    }

    private static void fx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get(20, TimeUnit.SECONDS);
    }
}
