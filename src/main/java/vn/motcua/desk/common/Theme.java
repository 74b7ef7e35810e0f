package vn.motcua.desk.common;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The look: AtlantaFX PrimerLight, the bundled Noto Sans (full Vietnamese coverage), a small app stylesheet, and the
 * text-size setting, which rewrites the root {@code -fx-font-size} (everything else is sized in em).
 */
public final class Theme {
    public static final double BASE_FONT_PX = 14;
    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);
    private static final String[] FONTS = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"};

    private static boolean installed;

    private Theme() {
    }

    /**
     * Sets the user-agent theme and loads the bundled fonts, on the JavaFX thread before any window; later calls do
     * nothing (the launcher installs it while the toolkit starts, the desk again for tests: fonts are read once).
     */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        for (String f : FONTS) {
            try (InputStream in = Theme.class.getResourceAsStream("/vn/motcua/fonts/" + f)) {
                if (in == null || Font.loadFont(in, BASE_FONT_PX) == null) {
                    LOG.warn("Bundled font {} could not be loaded; the system font is used", f);
                }
            } catch (IOException e) {
                LOG.warn("Bundled font {} could not be read", f, e);
            }
        }
    }

    /** Adds the app stylesheet to a scene. */
    public static void style(Scene scene) {
        String css = Objects.requireNonNull(Theme.class.getResource("/vn/motcua/desk/desk.css")).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    /** Applies the text size (percent, 100–200) to a root node. */
    public static void applyTextScale(Parent root, int percent) {
        int p = Math.max(DeskPreferences.MIN_TEXT, Math.min(DeskPreferences.MAX_TEXT, percent));
        long px = Math.round(BASE_FONT_PX * p / 100.0);
        root.setStyle("-fx-font-size: " + px + "px;");
        Icons.sizeProperty().set((int) Math.round(px * 1.15));
    }
}
