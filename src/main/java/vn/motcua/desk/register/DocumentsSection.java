package vn.motcua.desk.register;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.dossier.RegistrationRequest;

/**
 * The documents section of the registration form: the chosen procedure's checklist (each line unticked until the
 * clerk has the paper in hand), the counts of originals, certified copies and plain copies, and the lines the clerk
 * adds. Problems and the "required document not received" warning come from the registration check.
 */
public final class DocumentsSection {
    private final ObservableList<DocumentLine> lines = FXCollections.observableArrayList(d -> new Observable[] {
        d.receivedProperty(), d.nameProperty(), d.originalsProperty(), d.copiesProperty(), d.certifiedProperty()});
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final String newLineName;

    DocumentsSection(String newLineName) {
        this.newLineName = newLineName;
    }

    /** The checklist of a newly chosen procedure (empty for none). */
    void checklistOf(Procedure p) {
        List<DocumentLine> out = new ArrayList<>();
        if (p != null) {
            p.documents().forEach(d -> out.add(new DocumentLine(d.name(), d.originals(), d.copies(), d.mandatory(),
                    false)));
        }
        lines.setAll(out);
    }

    /** Adds an extra document line the catalogue does not list. */
    public DocumentLine addDocument(String name) {
        DocumentLine line = new DocumentLine(name == null || name.isBlank() ? newLineName : name, 1, 0, false, true);
        lines.add(line);
        return line;
    }

    /** Removes a line the clerk added (catalogue lines stay). */
    public void removeDocument(DocumentLine line) {
        if (line != null && line.extra()) {
            lines.remove(line);
        }
    }

    /** Ticks every line of the checklist (the citizen handed over everything listed). */
    public void tickAll() {
        lines.forEach(d -> d.receivedProperty().set(true));
    }

    /** The ticked lines as the registration request takes them. */
    List<RegistrationRequest.DocumentLine> received() {
        return lines.stream().filter(d -> d.receivedProperty().get())
                .map(d -> new RegistrationRequest.DocumentLine(d.nameProperty().get(), d.originalsProperty().get(),
                        d.copiesProperty().get(), d.mandatory(), d.certifiedProperty().get()))
                .toList();
    }

    /** The lines as a draft keeps them. */
    List<RegistrationDraft.Line> draft() {
        return lines.stream().map(d -> new RegistrationDraft.Line(d.nameProperty().get(), d.originalsProperty().get(),
                d.copiesProperty().get(), d.mandatory(), d.extra(), d.receivedProperty().get(),
                d.certifiedProperty().get())).toList();
    }

    /** Puts a draft's lines back. */
    void restore(List<RegistrationDraft.Line> kept) {
        List<DocumentLine> out = new ArrayList<>();
        for (RegistrationDraft.Line l : kept) {
            DocumentLine line = new DocumentLine(l.name(), l.originals(), l.copies(), l.mandatory(), l.extra());
            line.receivedProperty().set(l.received());
            line.certifiedProperty().set(l.certified());
            out.add(line);
        }
        lines.setAll(out);
    }

    boolean hasExtraLines() {
        return lines.stream().anyMatch(DocumentLine::extra);
    }

    void setWarning(String text) {
        warning.set(text);
    }

    /** The checklist; the view adds and removes through {@link #addDocument} / {@link #removeDocument}. */
    public ObservableList<DocumentLine> lines() {
        return lines;
    }

    /** "Required documents not received: …", or empty. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }
}
