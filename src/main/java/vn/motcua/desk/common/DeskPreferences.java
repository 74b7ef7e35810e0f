package vn.motcua.desk.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-computer comfort settings of the desk, kept beside the database in {@code desk-preferences.properties}:
 * language, text size (100–200 %) and the idle time after which the session locks. Office-wide rules stay in the
 * database settings.
 */
public final class DeskPreferences {
    public static final String FILE = "desk-preferences.properties";
    public static final int MIN_TEXT = 100;
    public static final int MAX_TEXT = 200;
    public static final int DEFAULT_IDLE_MINUTES = 10;
    private static final Logger LOG = LoggerFactory.getLogger(DeskPreferences.class);

    private final Path file;
    private String language = "vi";
    private int textScale = MIN_TEXT;
    private int idleMinutes = DEFAULT_IDLE_MINUTES;

    private DeskPreferences(Path file) {
        this.file = file;
    }

    /** Reads the preferences of a data folder; a missing or unreadable file gives the defaults. */
    public static DeskPreferences load(Path dataDir) {
        DeskPreferences p = new DeskPreferences(dataDir.resolve(FILE));
        if (Files.isRegularFile(p.file)) {
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(p.file)) {
                props.load(in);
                p.setLanguage(props.getProperty("language", "vi"));
                p.setTextScale(parse(props.getProperty("textScale"), MIN_TEXT));
                p.setIdleMinutes(parse(props.getProperty("idleMinutes"), DEFAULT_IDLE_MINUTES));
            } catch (IOException e) {
                LOG.warn("Could not read {}; using the defaults", p.file, e);
            }
        }
        return p;
    }

    public void save() throws IOException {
        Properties props = new Properties();
        props.setProperty("language", language);
        props.setProperty("textScale", String.valueOf(textScale));
        props.setProperty("idleMinutes", String.valueOf(idleMinutes));
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "Quay Mot Cua - desk preferences");
        }
    }

    private static int parse(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            LOG.warn("Ignoring a malformed preference value {}", s);
            return fallback;
        }
    }

    public String language() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = "en".equals(language) ? "en" : "vi";
    }

    public int textScale() {
        return textScale;
    }

    public void setTextScale(int percent) {
        this.textScale = Math.max(MIN_TEXT, Math.min(MAX_TEXT, percent));
    }

    /** Minutes without mouse or keyboard before the session locks; 0 = never. */
    public int idleMinutes() {
        return idleMinutes;
    }

    public void setIdleMinutes(int minutes) {
        this.idleMinutes = Math.max(0, Math.min(240, minutes));
    }
}
