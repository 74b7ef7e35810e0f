package vn.motcua.desk.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import vn.motcua.desk.DeskApp;
import vn.motcua.desk.PlaceholderReceiptPrinter;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.domain.account.Role;
import vn.motcua.service.DeskFixture;

/**
 * Not a test: opens the desk on a real display (e.g. Xvfb), signs in, opens the registration form and a dialog over
 * it, then locks, and writes {@code <marker>} when the lock shows so a screenshot can be taken.
 * {@code java -cp … vn.motcua.desk.main.LockScreenshots DATA_DIR TEXT_PERCENT MARKER}
 */
public final class LockScreenshots {
    private LockScreenshots() {
    }

    /** Waits (at most 60 s) until the condition, asked on the JavaFX thread, holds. */
    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        for (int i = 0; i < 300; i++) {
            var task = new java.util.concurrent.FutureTask<>(condition);
            Platform.runLater(task);
            if (task.get()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the desk did not get there in time");
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int textScale = Integer.parseInt(args[1]);
        Path marker = Path.of(args[2]);
        DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        desk.ctx().accounts().create(desk.admin(), "canbo", "Trần Thị Cán Bộ", "Cán bộ một cửa", "", Role.CLERK,
                "mat-khau-can-bo");
        String code = desk.register("1.004873", "2026-04-29T08:30", "Nguyễn Văn Đức").dossier().code();
        DeskPreferences prefs = DeskPreferences.load(dir);
        prefs.setTextScale(textScale);
        prefs.save();
        FxTaskExecutor tasks = new FxTaskExecutor();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        DeskApp[] app = new DeskApp[1];
        Platform.runLater(() -> {
            Stage stage = new Stage();
            app[0] = new DeskApp(desk.ctx(), DeskPreferences.load(dir), PlaceholderReceiptPrinter::new, tasks);
            app[0].start(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        await(() -> Stage.getWindows().get(0).getScene().getRoot().lookup("#login-username") != null);
        Platform.runLater(() -> {
            var root = Stage.getWindows().get(0).getScene().getRoot();
            ((TextField) root.lookup("#login-username")).setText("canbo");
            ((TextField) root.lookup("#login-password")).setText("mat-khau-can-bo");
            ((Button) root.lookup("#login-submit")).fire();
        });
        await(() -> app[0].mainView() != null);
        Thread.sleep(1000);
        Platform.runLater(() -> app[0].mainView().showDossier(code));
        await(() -> Stage.getWindows().get(0).getScene().getRoot().lookup("#action-WITHDRAW") != null);
        Thread.sleep(1000);
        Platform.runLater(() -> {
            var root = Stage.getWindows().get(0).getScene().getRoot();
            ((Button) root.lookup("#action-WITHDRAW")).fire(); // a modal dialog with a reason typed in it
        });
        await(() -> Stage.getWindows().size() > 1);
        Thread.sleep(1000);
        Platform.runLater(() -> Stage.getWindows().stream().map(w -> w.getScene().getRoot().lookup("#action-reason"))
                .filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(n -> ((javafx.scene.control.TextArea) n).setText("Công dân xin rút hồ sơ để bổ sung giấy tờ")));
        Thread.sleep(500);
        Path before = Path.of(marker + ".dialog");
        Files.writeString(before, "dialog");
        Thread.sleep(3000);
        Platform.runLater(() -> app[0].mainView().lock());
        await(() -> app[0].mainView().lockWindow() != null && app[0].mainView().lockWindow().isShowing());
        Thread.sleep(1500);
        Files.writeString(marker, "locked");
        Thread.sleep(5000);
        Platform.exit();
        tasks.close();
        desk.close();
    }
}
