package vn.motcua.desk.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This computer's ID-card scanner: the serial port of a scanner in USB CDC mode, or none (keyboard mode, always on).
 * Kept beside the database in {@code scanner-settings.properties}, like the other per-computer preferences.
 */
public final class ScannerSettings {
    public static final String FILE = "scanner-settings.properties";
    private static final Logger LOG = LoggerFactory.getLogger(ScannerSettings.class);

    private final Path file;
    private String port = "";

    private ScannerSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings of a data folder; a missing or unreadable file means "no serial port". */
    public static ScannerSettings load(Path dataDir) {
        ScannerSettings s = new ScannerSettings(dataDir.resolve(FILE));
        if (Files.isRegularFile(s.file)) {
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(s.file)) {
                props.load(in);
                s.setPort(props.getProperty("serialPort", ""));
            } catch (IOException e) {
                LOG.warn("Could not read {}; no serial scanner", s.file, e);
            }
        }
        return s;
    }

    public void save() throws IOException {
        Properties props = new Properties();
        props.setProperty("serialPort", port);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "Quay Mot Cua - ID-card scanner");
        }
    }

    /** The serial port path, "" for none. */
    public String port() {
        return port;
    }

    public void setPort(String port) {
        this.port = port == null ? "" : port.strip();
    }
}
