package vn.motcua.desk;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the screenshot tools share ({@code -Dscreenshots=DIR}): the whole 1366 × 768 screen as a clerk sees it, every
 * showing window (the main one, dialogs, menus and their submenus, corner notices) drawn at its place, back to front,
 * into {@code DIR/<tag>-<name>.png}; the labels cut to "…" in any of them are collected for {@code elided.txt}.
 */
public final class ScreenShots {
    private final Path out;
    private final StringBuilder elided = new StringBuilder();

    public ScreenShots(Path out) throws java.io.IOException {
        this.out = out;
        Files.createDirectories(out);
    }

    /** The folder named by {@code -Dscreenshots}. */
    public static ScreenShots fromProperty() throws java.io.IOException {
        return new ScreenShots(Path.of(System.getProperty("screenshots")));
    }

    public Path folder() {
        return out;
    }

    /**
     * The screen now, relative to {@code main} (the window that fills it). A context menu is drawn only in shots
     * whose name says "menu" (a closed menu's popup may still count as showing under Monocle).
     */
    public void shot(Stage main, String tag, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage all = new BufferedImage(1366, 768, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = all.createGraphics();
        List<Window> windows = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .filter(w -> name.contains("menu") || !(w instanceof ContextMenu)).toList()).get();
        for (Window w : windows) {
            var image = WaitForAsyncUtils.asyncFx(() -> w.getScene().snapshot(null)).get();
            int x = w == main ? 0 : (int) (w.getX() + w.getScene().getX() - main.getX() - main.getScene().getX());
            int y = w == main ? 0 : (int) (w.getY() + w.getScene().getY() - main.getY() - main.getScene().getY());
            g.drawImage(SwingFXUtils.fromFXImage(image, null), x, y, null);
            var cut = WaitForAsyncUtils.asyncFx(() -> Elided.underExceptCells(w.getScene().getRoot())).get();
            cut.forEach(c -> elided.append(tag).append(' ').append(name).append(": ").append(c).append('\n'));
        }
        g.dispose();
        ImageIO.write(all, "png", out.resolve(tag + "-" + name + ".png").toFile());
    }

    /** One window alone, at its own size. */
    public void shotWindow(Window w, String tag, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> w.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(tag + "-" + name + ".png").toFile());
        var cut = WaitForAsyncUtils.asyncFx(() -> Elided.underExceptCells(w.getScene().getRoot())).get();
        cut.forEach(c -> elided.append(tag).append(' ').append(name).append(": ").append(c).append('\n'));
    }

    /** The newest showing window other than {@code main} ({@code main} when there is none). */
    public static Window topOther(Stage main) {
        return Window.getWindows().stream().filter(x -> x != main && x.isShowing()).reduce((a, b) -> b)
                .orElse(main);
    }

    /** Closes every window but {@code main}: Escape first, as a clerk would; what stays is hidden. */
    public static void closeOthers(FxRobot robot, Stage main) throws Exception {
        for (int i = 0; i < 3 && !others(main).isEmpty(); i++) {
            robot.type(KeyCode.ESCAPE);
            Thread.sleep(300);
        }
        robot.interact(() -> {
            others(main).forEach(Window::hide);
            // a window without an owner (the counter rating window) hands the keyboard to nobody when it closes
            // under Monocle: give it back to the main window, as a clerk's click would
            main.requestFocus();
        });
        Thread.sleep(300);
    }

    private static List<Window> others(Stage main) {
        return Window.getWindows().stream().filter(w -> w != main && w.isShowing()).toList();
    }

    /** Writes the cut labels found so far to {@code elided.txt}. */
    public void writeElided() throws java.io.IOException {
        Files.writeString(out.resolve("elided.txt"), elided.toString());
    }
}
