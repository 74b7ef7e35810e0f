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
    /** The faces the first screen draws with (its texts and its bold title), loaded before it. */
    private static final String[] FIRST_FONTS = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"};
    /** Loaded once the first screen is drawn (no first screen uses italic). */
    private static final String[] LATER_FONTS = {"NotoSans-Italic.ttf"};

    private static boolean installed;
    private static boolean laterFontsLoaded;

    private Theme() {
    }

    /**
     * Sets the user-agent theme and loads the bundled fonts the first screen needs, on the JavaFX thread before any
     * window; later calls do nothing (the launcher installs it while the toolkit starts, the desk again for tests:
     * fonts are read once). The AtlantaFX stylesheet is read pre-parsed (its jar carries the {@code .bss} beside the
     * {@code .css}, which JavaFX prefers), and so is the desk's own ({@code desk.bss} made at build time, decision
     * 0026).
     */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        loadFonts(FIRST_FONTS);
    }

    /**
     * The rest of the bundled fonts, once the first screen has been drawn (on the JavaFX thread; later calls do
     * nothing). Until then a text asking for them would get the nearest loaded face.
     */
    public static void installLaterFonts() {
        if (laterFontsLoaded) {
            return;
        }
        laterFontsLoaded = true;
        loadFonts(LATER_FONTS);
    }

    private static void loadFonts(String[] fonts) {
        for (String f : fonts) {
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
