package vn.motcua.desk.scan;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import vn.motcua.desk.common.Messages;

/**
 * ID-card and receipt scanning in the main window: the keyboard-wedge filter on its scene and, when this computer has
 * a serial scanner set, the serial reader; both hand scans to the {@link ScanRouter}. The main window creates one,
 * {@link #attach attaches} it with its scene and {@link #detach detaches} it when it goes.
 */
public final class DeskScanning {
    private final ScanRouter router;
    private final Path dataDir;
    private final Messages m;
    private final ReadOnlyStringWrapper serialStatus = new ReadOnlyStringWrapper("");
    private WedgeScanFilter wedge;
    private Scene scene;
    private java.util.function.LongSupplier nanos = System::nanoTime;
    private javafx.util.Duration gap = WedgeScanFilter.DEFAULT_GAP;
    private SerialScanner serial;

    public DeskScanning(ScanRouter router, Path dataDir, Messages m) {
        this.router = router;
        this.dataDir = dataDir;
        this.m = m;
    }

    /** Starts watching the scene for keyboard scans and reading the serial scanner, if one is set. */
    public void attach(Scene scene) {
        detach();
        this.scene = scene;
        wedge = WedgeScanFilter.install(scene, router::keyboardScan, nanos, gap);
        startSerial();
    }

    /** Delivers at once the keystrokes the wedge filter holds (call before locking the window). */
    public void flush() {
        if (wedge != null) {
            wedge.flush();
        }
    }

    /** Tests: the clock and the longest gap inside a burst of the keyboard-wedge filter (applied at once). */
    public void useTiming(java.util.function.LongSupplier nanos, javafx.util.Duration gap) {
        this.nanos = nanos;
        this.gap = gap;
        if (wedge != null) {
            wedge.uninstall();
            wedge = WedgeScanFilter.install(scene, router::keyboardScan, nanos, gap);
        }
    }

    /** Stops both. */
    public void detach() {
        if (wedge != null) {
            wedge.uninstall();
            wedge = null;
        }
        scene = null;
        stopSerial();
    }

    /** Adds "Máy quét thẻ căn cước…" to the user menu, before {@code before} (or at the end). */
    public void addMenuItem(MenuButton menu, MenuItem before) {
        MenuItem item = new MenuItem(m.t("scanner.menu"));
        item.setId("menu-scanner");
        item.setOnAction(e -> {
            stopSerial(); // the dialog's test opens the port itself
            ScannerDialog.show(menu.getScene().getWindow(), m, ScannerSettings.load(dataDir));
            startSerial();
        });
        int at = before == null ? -1 : menu.getItems().indexOf(before);
        if (at < 0) {
            menu.getItems().addAll(new SeparatorMenuItem(), item);
        } else {
            menu.getItems().add(at, item);
        }
    }

    /** Adds the serial scanner's state to the status bar (shown only when a serial port is set). */
    public void addStatus(javafx.scene.layout.Pane bar) {
        javafx.scene.control.Label status = new javafx.scene.control.Label();
        status.setId("status-scanner");
        status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(serialStatus);
        status.visibleProperty().bind(serialStatus.isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        bar.getChildren().add(status);
    }

    /** "Máy quét (ttyACM0): đã kết nối" and the like; "" without a serial scanner. */
    public ReadOnlyStringProperty serialStatusProperty() {
        return serialStatus.getReadOnlyProperty();
    }

    private void startSerial() {
        stopSerial();
        String port = ScannerSettings.load(dataDir).port();
        if (port.isEmpty()) {
            serialStatus.set("");
            return;
        }
        serial = SerialScanner.start(port, SerialPorts.OPENER,
                payload -> Platform.runLater(() -> router.serialScan(payload)),
                state -> Platform.runLater(() -> serialStatus.set(m.t("scanner.state." + state.name(), port))));
    }

    private void stopSerial() {
        if (serial != null) {
            serial.close();
            serial = null;
        }
    }
}
