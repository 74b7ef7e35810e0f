package vn.motcua.desk.dossier;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.IntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.service.DeskContext;
import vn.motcua.service.DossierService.DossierView;
import vn.motcua.store.AttachmentRepository.StoredAttachment;

/**
 * One dossier: its data, documents and scanned files, the progress timeline, and the lifecycle actions its status
 * allows. The services decide (status machine, roles); a refusal comes back as its Vietnamese reason.
 */
public final class DossierDetailViewModel {
    private final ObjectProperty<DossierView> dossier = new SimpleObjectProperty<>();
    private final ObservableList<StoredAttachment> attachments = FXCollections.observableArrayList();
    private final IntegerProperty digitised = new SimpleIntegerProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DeskContext ctx;
    private final Actor actor;
    private final TaskExecutor tasks;
    private final Messages m;
    private final Runnable onChanged;
    private String code;

    /** Everything the screen shows, loaded together. */
    private record Loaded(DossierView view, List<StoredAttachment> files, int digitised) {
    }

    public DossierDetailViewModel(DeskContext ctx, Actor actor, TaskExecutor tasks, Messages messages,
                                  Runnable onChanged) {
        this.ctx = ctx;
        this.actor = actor;
        this.tasks = tasks;
        this.m = messages;
        this.onChanged = onChanged;
    }

    public void load(String dossierCode) {
        this.code = dossierCode;
        busy.set(true);
        BackgroundTask.wrap(() -> {
            DossierView v = ctx.dossiers().show(dossierCode, actor).orElse(null);
            if (v == null) {
                return null;
            }
            return new Loaded(v, ctx.attachments().list(dossierCode), ctx.attachments().digitisedComponents(
                    dossierCode));
        }).onSuccess(loaded -> {
            if (loaded == null) {
                error.set(m.t("dossier.notFound", dossierCode));
                return;
            }
            dossier.set(loaded.view());
            attachments.setAll(loaded.files());
            digitised.set(loaded.digitised());
        }).onFailure(e -> error.set(ErrorMessages.of(e, m)))
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    /** The actions the dossier's status allows (any role: the service refuses a role that may not, with why). */
    public List<DossierAction> actions() {
        DossierView v = dossier.get();
        return v == null ? List.of() : new ArrayList<>(v.allowedActions());
    }

    /** Applies an action; on success reloads, on refusal shows the service's reason. */
    public void apply(DossierAction action, String reason, String agency, LocalDate supplementDeadline) {
        error.set("");
        message.set("");
        busy.set(true);
        String c = code;
        BackgroundTask.wrap(() -> ctx.dossiers().apply(c, action, actor, reason, agency,
                        supplementDeadline == null ? null : supplementDeadline.atTime(17, 0)))
                .onSuccess(t -> {
                    message.set(m.t("dossier.action.done", m.of("action", action), m.of("status", t.after().status())));
                    load(c);
                    onChanged.run();
                })
                .onFailure(e -> error.set(ErrorMessages.of(e, m)))
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    /** Attaches scanned files to document line {@code index}; each file is checked, stored, and listed. */
    public void attach(int index, List<Path> files) {
        error.set("");
        message.set("");
        busy.set(true);
        String c = code;
        BackgroundTask.wrap(() -> {
            List<String> refused = new ArrayList<>();
            int ok = 0;
            for (Path f : files) {
                try {
                    ctx.attachments().attach(c, index, f, actor);
                    ok++;
                } catch (RuntimeException e) {
                    if (!ErrorMessages.isRefusal(e)) {
                        throw e;
                    }
                    refused.add(ErrorMessages.of(e, m));
                }
            }
            return new AttachResult(ok, refused);
        }).onSuccess(r -> {
            if (r.attached() > 0) {
                message.set(m.t("dossier.attach.done", r.attached()));
            }
            if (!r.refused().isEmpty()) {
                error.set(String.join("\n", r.refused()));
            }
            load(c);
            onChanged.run();
        }).onFailure(e -> error.set(ErrorMessages.of(e, m)))
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    private record AttachResult(int attached, List<String> refused) {
    }

    /**
     * The attachment's bytes on this machine; a file attached at another desk of the office is downloaded from the
     * central server first (blocking: call it off the FX thread).
     */
    public Path localFileOf(StoredAttachment a) {
        Path p = ctx.attachments().fileOf(a);
        return java.nio.file.Files.isRegularFile(p) ? p : ctx.sync().attachmentFile(a.sha256());
    }

    public ObjectProperty<DossierView> dossierProperty() {
        return dossier;
    }

    public ObservableList<StoredAttachment> attachments() {
        return attachments;
    }

    public IntegerProperty digitisedProperty() {
        return digitised;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    public Actor actor() {
        return actor;
    }
}
