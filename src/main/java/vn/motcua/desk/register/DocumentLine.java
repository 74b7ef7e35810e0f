package vn.motcua.desk.register;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One line of the document checklist: received or not, name, originals, certified copies (bản sao chứng thực) and
 * plain copies (bản photo); extra lines are the clerk's. A
 * catalogue line starts unticked (the clerk ticks what the citizen handed over, or all at once with Ctrl+D); a line
 * the clerk adds starts ticked.
 */
public final class DocumentLine {
    private final BooleanProperty received = new SimpleBooleanProperty();
    private final StringProperty name = new SimpleStringProperty();
    private final IntegerProperty originals = new SimpleIntegerProperty();
    private final IntegerProperty copies = new SimpleIntegerProperty();
    private final IntegerProperty certified = new SimpleIntegerProperty();
    private final boolean mandatory;
    private final boolean extra;

    public DocumentLine(String name, int originals, int copies, boolean mandatory, boolean extra) {
        this.name.set(name);
        this.originals.set(originals);
        this.copies.set(copies);
        this.mandatory = mandatory;
        this.extra = extra;
        this.received.set(extra);
    }

    public BooleanProperty receivedProperty() {
        return received;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public IntegerProperty originalsProperty() {
        return originals;
    }

    public IntegerProperty copiesProperty() {
        return copies;
    }

    /** Certified copies (bản sao chứng thực), 0 unless the clerk counts some. */
    public IntegerProperty certifiedProperty() {
        return certified;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public boolean extra() {
        return extra;
    }
}
