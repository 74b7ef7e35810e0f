package vn.motcua.desk.register;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;

/**
 * Section 3 of the registration form: the checklist — a tick per paper handed over, and the counts of originals,
 * certified copies (bản sao chứng thực) and plain copies (bản photo) — with the lines the clerk adds.
 */
final class DocumentsPane {
    @FXML private Button addDocumentButton;
    @FXML private GridPane documentGrid;
    @FXML private Label documentsWarningLabel;
    @FXML private Label documentsError;

    private final VBox root;
    private final DocumentsSection docs;
    private final Messages m;

    DocumentsPane(DocumentsSection docs, RegisterViewModel vm, Messages m) {
        this.docs = docs;
        this.m = m;
        this.root = FxmlView.load(this, "DocumentsPane.fxml", m);
        addDocumentButton.setGraphic(Icons.of(Material2AL.ADD));
        FormBits.showWhenText(documentsWarningLabel, docs.warningProperty());
        FormBits.showWhenText(documentsError, vm.error(RegisterViewModel.DOCUMENTS));
        docs.lines().addListener((ListChangeListener<DocumentLine>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasReplaced() || c.wasPermutated();
            }
            if (structural) {
                rebuild();
            }
        });
        rebuild();
    }

    private void rebuild() {
        documentGrid.getChildren().clear();
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        documentGrid.getColumnConstraints().setAll(name, new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints(), new ColumnConstraints());
        if (docs.lines().isEmpty()) {
            Label none = new Label(m.t("register.documents.empty"));
            none.getStyleClass().add("text-muted");
            documentGrid.add(none, 0, 0, 5, 1);
            return;
        }
        documentGrid.addRow(0, header(m.t("register.documents.name")), header(m.t("register.documents.originals")),
                header(m.t("register.documents.certified")), header(m.t("register.documents.copies")));
        int row = 1;
        for (DocumentLine line : docs.lines()) {
            int i = row - 1;
            documentGrid.add(nameCell(line, i), 0, row);
            documentGrid.add(FormBits.countSpinner(line.originalsProperty(), "register-doc-originals-" + i), 1, row);
            documentGrid.add(FormBits.countSpinner(line.certifiedProperty(), "register-doc-certified-" + i), 2, row);
            documentGrid.add(FormBits.countSpinner(line.copiesProperty(), "register-doc-copies-" + i), 3, row);
            if (line.extra()) {
                Button remove = new Button(null, Icons.of(Material2MZ.REMOVE_CIRCLE_OUTLINE));
                remove.getStyleClass().addAll("button-icon", "flat", "danger");
                remove.setAccessibleText(m.t("register.documents.remove"));
                remove.setOnAction(e -> docs.removeDocument(line));
                documentGrid.add(remove, 4, row);
            }
            row++;
        }
    }

    /** The tick and the name: the catalogue's name as the tick's text, or a field for a line the clerk added. */
    private Node nameCell(DocumentLine line, int i) {
        CheckBox check = new CheckBox();
        check.selectedProperty().bindBidirectional(line.receivedProperty());
        check.setId("register-doc-" + i);
        if (!line.extra()) {
            check.setText(line.nameProperty().get() + (line.mandatory() ? ""
                    : " " + m.t("register.documents.optional")));
            check.setWrapText(true);
            check.setMaxWidth(Double.MAX_VALUE);
            return check;
        }
        TextField text = new TextField();
        text.textProperty().bindBidirectional(line.nameProperty());
        text.setPromptText(m.t("register.documents.newLine"));
        HBox box = new HBox(8, check, text);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        Platform.runLater(text::requestFocus);
        return box;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("text-muted", "text-small");
        l.setWrapText(true);
        return l;
    }

    @FXML
    private void addDocument() {
        docs.addDocument("");
    }

    /** Ctrl+D: every document of the checklist was handed over. */
    @FXML
    private void tickAll() {
        docs.tickAll();
    }

    VBox root() {
        return root;
    }
}
