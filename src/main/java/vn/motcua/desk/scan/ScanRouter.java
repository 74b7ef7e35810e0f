package vn.motcua.desk.scan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.register.RegisterViewModel;
import vn.motcua.domain.citizen.IdCardPayload;
import vn.motcua.domain.citizen.IdCardReading;
import vn.motcua.domain.dossier.DossierCode;

/**
 * Decides what a scan means where the clerk is (docs/id-card.md):
 * <ul>
 *   <li>an identity card on the registration screen fills the applicant, wherever the focus is;</li>
 *   <li>an identity card in the queue's search box searches that citizen's dossiers by ID number;</li>
 *   <li>an identity card anywhere else in the main window opens the registration screen, filled;</li>
 *   <li>a receipt's barcode (the dossier code) or QR code (a link that carries the code) opens that dossier.</li>
 * </ul>
 * A damaged card payload fills nothing and says why. Anything else is not a scan: the keystrokes are delivered.
 */
public final class ScanRouter {
    /** The search box of the queues. */
    public static final String SEARCH_BOX_ID = "queue-search";
    private static final Pattern CODE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Za-z]\\d{2}-\\d{6}-\\d{4}");

    /** What the router asks of the main window. */
    public interface Screens {
        /** The registration form's model when the registration screen is showing, else null. */
        RegisterViewModel registrationShowing();

        /** Shows the registration screen (as it was left) and returns its model; null when it cannot (locked). */
        RegisterViewModel openRegistration();

        /** The control that has the keyboard focus in the main window, or null. */
        Node focusOwner();

        /** Opens the dossier with this code. */
        void openDossier(String code);

        /** Tells the clerk something in a dialog (a damaged scan outside the registration screen). */
        void tell(String message);
    }

    private final Screens screens;
    private final Messages m;
    private final Clock clock;

    public ScanRouter(Screens screens, Messages m, Clock clock) {
        this.screens = screens;
        this.m = m;
        this.clock = clock;
    }

    /** A burst from a keyboard-mode scanner; true when it was a scan (its keystrokes are then dropped). */
    public boolean keyboardScan(String text) {
        return route(text, true);
    }

    /** A payload from a serial scanner (call on the JavaFX thread). */
    public void serialScan(String text) {
        if (!route(text, false)) {
            screens.tell(m.t("scan.unknown"));
        }
    }

    private boolean route(String text, boolean keyboard) {
        if (IdCardPayload.looksLikeCard(text)) {
            card(IdCardPayload.read(text, LocalDate.now(clock)), keyboard);
            return true;
        }
        Optional<String> code = dossierCode(text);
        if (code.isPresent()) {
            Platform.runLater(() -> screens.openDossier(code.get()));
            return true;
        }
        return false;
    }

    private void card(IdCardReading reading, boolean keyboard) {
        RegisterViewModel form = screens.registrationShowing();
        if (form != null) {
            form.fillFromCard(reading, keyboard);
            return;
        }
        if (!reading.ok()) {
            Platform.runLater(() -> screens.tell(m.t("scan.damaged", m.msg(reading.problem()))));
            return;
        }
        Node focus = screens.focusOwner();
        if (focus instanceof TextInputControl box && SEARCH_BOX_ID.equals(focus.getId())) {
            box.setText(reading.card().idNumber());
            box.end();
            return;
        }
        Platform.runLater(() -> {
            RegisterViewModel opened = screens.openRegistration();
            if (opened != null) {
                opened.fillFromCard(reading, keyboard);
            }
        });
    }

    /** The dossier code in a receipt's barcode (the code itself) or QR code (a link with the code in it). */
    static Optional<String> dossierCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = CODE.matcher(text.strip());
        if (!matcher.find()) {
            return Optional.empty();
        }
        return DossierCode.tryParse(matcher.group()).map(DossierCode::toString);
    }
}
