package vn.motcua.desk.register;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the registration screen shows about the last identity-card scan: a line saying what was filled (or why nothing
 * was), the card's warnings, and the flag on the address of a card issued before the 2025 commune reorganisation
 * (it goes away once the clerk edits the address).
 */
public final class CardFill {
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty damaged = new SimpleBooleanProperty(false);
    private final StringProperty warnings = new SimpleStringProperty("");
    private final StringProperty addressFlag = new SimpleStringProperty("");
    private final javafx.beans.property.IntegerProperty scans = new javafx.beans.property.SimpleIntegerProperty();
    private String filledAddress;

    void filled(String what, String warningText, String addressNote, String address) {
        damaged.set(false);
        message.set(what);
        warnings.set(warningText);
        filledAddress = address;
        addressFlag.set(addressNote);
        scans.set(scans.get() + 1);
    }

    void damaged(String problem) {
        damaged.set(true);
        message.set(problem);
        warnings.set("");
        scans.set(scans.get() + 1);
    }

    void addressEdited(String now) {
        if (filledAddress != null && !filledAddress.equals(now)) {
            addressFlag.set("");
            filledAddress = null;
        }
    }

    void clear() {
        message.set("");
        warnings.set("");
        addressFlag.set("");
        damaged.set(false);
        filledAddress = null;
    }

    /** Counts the scans taken (filled or refused), so that the screen can show the result of each. */
    public javafx.beans.property.ReadOnlyIntegerProperty scansProperty() {
        return scans;
    }

    /** "Đã điền từ thẻ…", or the reason a damaged payload filled nothing. */
    public StringProperty messageProperty() {
        return message;
    }

    /** True when {@link #messageProperty()} is a refusal. */
    public BooleanProperty damagedProperty() {
        return damaged;
    }

    /** The card's warnings, one per line (no diacritics in the name, old unit names…). */
    public StringProperty warningsProperty() {
        return warnings;
    }

    /** Non-empty while the address came from a card issued before 1 July 2025 and was not edited. */
    public StringProperty addressFlagProperty() {
        return addressFlag;
    }
}
