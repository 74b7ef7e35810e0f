package vn.motcua.cli;

import java.nio.file.Path;
import java.util.Locale;

/** Where a desk keeps its data: {@code %APPDATA%\MotCua} on Windows, else {@code $XDG_DATA_HOME/motcua}. */
public final class DataDirs {
    private DataDirs() {
    }

    public static Path defaultDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            if (appData != null && !appData.isBlank()) {
                return Path.of(appData, "MotCua");
            }
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "motcua");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "motcua");
    }
}
