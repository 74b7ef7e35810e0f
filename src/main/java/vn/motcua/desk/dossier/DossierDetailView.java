package vn.motcua.desk.dossier;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2AL;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.domain.dossier.ReceivedDocument;
import vn.motcua.domain.dossier.TimeFlag;
import vn.motcua.service.AttachmentService;
import vn.motcua.service.DossierService.DossierView;
import vn.motcua.store.AttachmentRepository.StoredAttachment;

/** The dossier page: actions on top, then general data, applicant, documents with scans, and the timeline. */
public final class DossierDetailView {
    @FXML private Button backButton;
    @FXML private HBox headerBar;
    @FXML private Label codeLabel;
    @FXML private Label statusLabel;
    @FXML private Label flagLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private FlowPane actionPane;
    @FXML private Label messageLabel;
    @FXML private Label errorLabel;
    @FXML private GridPane generalGrid;
    @FXML private GridPane applicantGrid;
    @FXML private Label digitisedLabel;
    @FXML private VBox documentBox;
    @FXML private VBox timelineBox;
    @FXML private VBox extraBox;

    private final BorderPane root;
    private final DossierDetailViewModel vm;
    private final Messages m;
    private final Runnable onBack;

    public DossierDetailView(DossierDetailViewModel viewModel, Messages messages, Runnable onBack) {
        this.vm = viewModel;
        this.m = messages;
        this.onBack = onBack;
        this.root = FxmlView.load(this, "DossierDetailView.fxml", messages);
        backButton.setGraphic(Icons.of(Material2AL.ARROW_BACK));
        busyIndicator.visibleProperty().bind(vm.busyProperty());
        bindMessage(messageLabel, vm.messageProperty());
        bindMessage(errorLabel, vm.errorProperty());
        vm.dossierProperty().addListener((obs, old, now) -> show(now));
        vm.attachments().addListener((javafx.collections.ListChangeListener<StoredAttachment>) c -> {
            if (vm.dossierProperty().get() != null) {
                showDocuments(vm.dossierProperty().get().dossier());
            }
        });
        digitisedLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.dossierProperty().get() == null ? ""
                : m.t("dossier.digitised", vm.digitisedProperty().get(),
                vm.dossierProperty().get().dossier().documents().size()), vm.digitisedProperty(), vm.dossierProperty()));
        actionPane.disableProperty().bind(vm.busyProperty());
    }

    /** Adds buttons of other features to the header bar, on the right (e.g. the print menu). */
    public void addHeaderTools(javafx.scene.Node... tools) {
        headerBar.getChildren().addAll(headerBar.getChildren().indexOf(busyIndicator), java.util.List.of(tools));
    }

    /** Where other features add their own sections below the progress (e.g. the citizen's rating). */
    public VBox extraBox() {
        return extraBox;
    }

    private static void bindMessage(Label label, javafx.beans.property.StringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void show(DossierView v) {
        if (v == null) {
            return;
        }
        Dossier d = v.dossier();
        codeLabel.setText(d.code());
        statusLabel.setText(m.of("status", d.status()));
        flagLabel.getStyleClass().setAll("label", "flag-badge");
        if (v.timeFlag() == TimeFlag.NONE) {
            flagLabel.setText("");
        } else {
            String flag = m.of("flag", v.timeFlag());
            flagLabel.setText(v.daysLate() > 0 ? m.t("flag.daysLate", flag, v.daysLate()) : flag);
            flagLabel.getStyleClass().add(switch (v.timeFlag()) {
                case OVERDUE, LATE -> "flag-overdue";
                case DUE_SOON -> "flag-due-soon";
                default -> "flag-ok";
            });
        }
        showActions(v);
        showGeneral(d);
        showApplicant(d);
        showDocuments(d);
        showTimeline(v.progress());
    }

    private void showActions(DossierView v) {
        actionPane.getChildren().clear();
        for (DossierAction a : v.allowedActions()) {
            Button b = new Button(m.of("action", a));
            b.setId("action-" + a.name());
            if (a == DossierAction.RETURN_RESULT || a == DossierAction.FINISH || a == DossierAction.TRANSFER) {
                b.getStyleClass().add("accent");
            } else if (a == DossierAction.STOP || a == DossierAction.WITHDRAW || a == DossierAction.REVOKE_RETURN
                    || a == DossierAction.DENY) {
                b.getStyleClass().add("danger");
            }
            b.setOnAction(e -> ActionDialog.ask(root.getScene().getWindow(), m, a, v.dossier().code())
                    .filter(in -> !ActionDialog.final_(a) || vn.motcua.desk.common.Dialogs.confirm(
                            root.getScene().getWindow(), m, m.t("dossier.action.sure." + a.name(),
                                    v.dossier().code(), m.of("status", a.to())), m.of("action", a),
                            "action-confirm"))
                    .ifPresent(in -> vm.apply(a, in.reason(), in.agency(), in.supplementDeadline())));
            actionPane.getChildren().add(b);
        }
        if (v.allowedActions().isEmpty()) {
            Label none = new Label(m.t("dossier.actions.none"));
            none.getStyleClass().add("text-muted");
            actionPane.getChildren().add(none);
        }
    }

    private void showGeneral(Dossier d) {
        grid(generalGrid);
        int r = 0;
        r = row(generalGrid, r, "dossier.procedure", d.procedureCode() + " — " + d.procedureName());
        r = row(generalGrid, r, "dossier.field", d.fieldName());
        r = row(generalGrid, r, "dossier.channel", m.of("channel", d.channel()));
        r = row(generalGrid, r, "dossier.returnMethod", m.of("returnMethod", d.returnMethod()));
        r = row(generalGrid, r, "dossier.received", Formats.dateTime(d.receivedAt()) + "  ·  "
                + m.t("dossier.receivedBy", d.receivedByName() != null ? d.receivedByName()
                        : d.receivedBy() == null ? "" : d.receivedBy(), d.deskNo()));
        r = row(generalGrid, r, "dossier.time", d.processingTime() == null ? "" : d.processingTime().toVietnamese());
        r = row(generalGrid, r, "dossier.appointment", d.appointmentAt() == null ? m.t("register.noFixedAppointment")
                : Formats.dateTime(d.appointmentAt()));
        if (d.rescheduledAt() != null) {
            r = row(generalGrid, r, "dossier.rescheduled", Formats.dateTime(d.rescheduledAt()));
        }
        if (d.interopAgency() != null) {
            r = row(generalGrid, r, "dossier.interop", d.interopAgency());
        }
        if (d.finishedAt() != null) {
            r = row(generalGrid, r, "dossier.finished", Formats.dateTime(d.finishedAt()));
        }
        if (d.returnedAt() != null) {
            r = row(generalGrid, r, "dossier.returned", Formats.dateTime(d.returnedAt()));
        }
        r = row(generalGrid, r, "dossier.sets", String.valueOf(d.sets()));
        r = row(generalGrid, r, "dossier.summary", d.summary());
        row(generalGrid, r, "dossier.notes", d.notes());
    }

    private void showApplicant(Dossier d) {
        grid(applicantGrid);
        Applicant a = d.applicant();
        int r = 0;
        r = row(applicantGrid, r, "register.name", a.fullName());
        r = row(applicantGrid, r, "register.id", a.idNumber());
        r = row(applicantGrid, r, "register.otherId", a.otherIdNumber());
        r = row(applicantGrid, r, "register.birth", a.birthDate() == null ? null : Formats.date(a.birthDate()));
        r = row(applicantGrid, r, "register.sex", a.sex() == null ? null : m.of("sex", a.sex()));
        r = row(applicantGrid, r, "register.phone", a.phone());
        r = row(applicantGrid, r, "register.email", a.email());
        r = row(applicantGrid, r, "register.address", a.address());
        Applicant s = d.submitter();
        if (s != null) {
            row(applicantGrid, r, "dossier.submitter", s.fullName() + (s.idNumber() == null ? "" : " · " + s.idNumber())
                    + (s.phone() == null ? "" : " · " + s.phone()));
        }
    }

    private static void grid(GridPane g) {
        g.getChildren().clear();
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(label, value);
    }

    private int row(GridPane g, int r, String key, String value) {
        if (value == null || value.isBlank()) {
            return r;
        }
        Label k = new Label(m.t(key));
        k.getStyleClass().add("text-muted");
        Label v = new Label(value);
        v.setWrapText(true);
        GridPane.setValignment(k, javafx.geometry.VPos.TOP);
        g.add(k, 0, r);
        g.add(v, 1, r);
        return r + 1;
    }

    private void showDocuments(Dossier d) {
        documentBox.getChildren().clear();
        List<ReceivedDocument> docs = d.documents();
        for (int i = 0; i < docs.size(); i++) {
            documentBox.getChildren().add(documentRow(i, docs.get(i)));
        }
        if (docs.isEmpty()) {
            documentBox.getChildren().add(new Label(m.t("dossier.documents.none")));
        }
    }

    private VBox documentRow(int index, ReceivedDocument doc) {
        Label name = new Label((index + 1) + ". " + doc.name());
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label counts = new Label(m.t("dossier.documents.counts", doc.originals(), doc.copies()));
        counts.getStyleClass().add("text-muted");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Button attach = new Button(m.t("dossier.attach"), Icons.of(Material2AL.ATTACH_FILE));
        attach.setId("attach-" + index);
        attach.setMinWidth(Region.USE_PREF_SIZE);
        attach.setOnAction(e -> chooseFiles(index));
        HBox top = new HBox(10, name, counts, attach);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane files = new FlowPane(8, 4);
        for (StoredAttachment a : vm.attachments()) {
            if (a.documentIndex() == index) {
                Hyperlink link = new Hyperlink(a.fileName() + " (" + size(a.sizeBytes()) + ")",
                        Icons.of(a.mediaType().equals("application/pdf") ? Material2AL.INSERT_DRIVE_FILE
                                : Material2AL.IMAGE));
                link.setOnAction(e -> AttachmentViewer.show(root.getScene().getWindow(), m, vm.tasks(), a,
                        () -> vm.localFileOf(a)));
                files.getChildren().add(link);
            }
        }
        VBox row = new VBox(4, top, files);
        row.getStyleClass().add("document-row");
        row.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> AttachmentService.acceptsName(f.getName()))) {
                e.acceptTransferModes(TransferMode.COPY);
                row.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"), true);
            }
            e.consume();
        });
        row.setOnDragExited(e -> row.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"),
                false));
        row.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.attach(index, e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        return row;
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1048576.0)
                : Math.max(1, bytes / 1024) + " KB";
    }

    private void chooseFiles(int index) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.t("dossier.attach.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.t("dossier.attach.filter"),
                "*.pdf", "*.PDF", "*.jpg", "*.JPG", "*.jpeg", "*.JPEG", "*.png", "*.PNG"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            List<Path> paths = files.stream().map(File::toPath).toList();
            vm.attach(index, paths);
        }
    }

    private void showTimeline(List<ProgressEntry> entries) {
        timelineBox.getChildren().clear();
        for (int i = entries.size() - 1; i >= 0; i--) {
            ProgressEntry e = entries.get(i);
            Label when = new Label(Formats.dateTime(e.at()));
            when.getStyleClass().add("timeline-time");
            when.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(entryText(e.action()) + " → " + m.of("status", e.status()));
            what.getStyleClass().add("text-bold");
            what.setWrapText(true);
            String who = e.actor() + (e.role().isBlank() ? "" : " (" + e.role() + ")")
                    + (e.stepDeadline() == null ? "" : " · " + m.t("dossier.stepDeadline",
                    Formats.dateTime(e.stepDeadline())));
            Label by = new Label(who);
            by.getStyleClass().add("text-muted");
            by.setWrapText(true);
            VBox text = new VBox(2, what, by);
            if (e.note() != null && !e.note().isBlank()) {
                Label note = new Label(m.t("dossier.note", e.note()));
                note.setWrapText(true);
                text.getChildren().add(note);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox item = new HBox(14, when, text);
            item.getStyleClass().add("timeline-item");
            timelineBox.getChildren().add(item);
        }
    }

    /**
     * The progress log keeps the official Vietnamese text ("Chuyển liên thông đến UBND …"); an English desk shows the
     * action's English name for the texts it recognises (with the agency), anything else as stored.
     */
    private String entryText(String stored) {
        if (!m.english() || stored == null) {
            return stored;
        }
        for (DossierAction a : DossierAction.values()) {
            if (stored.equals(a.entryTextVi())) {
                return m.of("action", a);
            }
            String sentTo = DossierAction.INTEROP_SEND.entryTextVi() + " đến ";
            if (a == DossierAction.INTEROP_SEND && stored.startsWith(sentTo)) {
                return m.of("action", a) + ": " + stored.substring(sentTo.length());
            }
            if (a == DossierAction.INTEROP_RETURN && stored.startsWith(a.entryTextVi() + " (")
                    && stored.endsWith(")")) {
                return m.of("action", a) + " " + stored.substring(a.entryTextVi().length() + 1);
            }
        }
        return stored;
    }

    @FXML
    private void back() {
        onBack.run();
    }

    public BorderPane root() {
        return root;
    }
}
