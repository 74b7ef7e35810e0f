package vn.motcua.desk.setup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.service.Problem;
import vn.motcua.service.SetupService;
import vn.motcua.service.SetupService.SetupRequest;
import vn.motcua.service.ValidationException;

/**
 * First-run wizard: the office, the header texts printed on forms, and the first administrator. Submits to
 * {@link SetupService#setup}, exactly as the {@code setup} command does; the service's problems appear beside their
 * fields.
 */
public final class SetupViewModel {
    /** The fields, named as the service names them in its problems. */
    public static final String[] FIELDS = {"officeName", "agencyCode", "desk", "governingBody", "unitName", "placeName",
        "username", "fullName", "password", "confirm"};

    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final SetupService setup;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Consumer<String> onDone;

    public SetupViewModel(SetupService setup, TaskExecutor tasks, Messages messages, Consumer<String> onDone) {
        this.setup = setup;
        this.tasks = tasks;
        this.messages = messages;
        this.onDone = onDone;
        for (String f : FIELDS) {
            values.put(f, new SimpleStringProperty(""));
            errors.put(f, new SimpleStringProperty(""));
        }
        value("desk").set("1");
        value("username").set("admin");
    }

    public StringProperty value(String field) {
        return values.get(field);
    }

    public StringProperty error(String field) {
        return errors.get(field);
    }

    /** The form header as it will print, live as the fields are typed. */
    public javafx.beans.binding.StringBinding headerPreview() {
        return vn.motcua.desk.common.HeaderPreview.of(messages, value("officeName"), value("governingBody"),
                value("unitName"), value("placeName"));
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void submit() {
        errors.values().forEach(e -> e.set(""));
        message.set("");
        int desk;
        try {
            desk = Integer.parseInt(value("desk").get().trim());
        } catch (NumberFormatException e) {
            error("desk").set(messages.t("setup.error.desk"));
            return;
        }
        if (!value("password").get().equals(value("confirm").get())) {
            error("confirm").set(messages.t("setup.error.confirm"));
            return;
        }
        SetupRequest request = new SetupRequest(text("officeName"), text("agencyCode"), desk, text("governingBody"),
                text("unitName"), text("placeName"), text("username"), text("fullName"), value("password").get());
        busy.set(true);
        BackgroundTask.wrap(() -> setup.setup(request, false))
                .onSuccess(result -> onDone.accept(result.adminUser()))
                .onFailure(this::showProblems)
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    private void showProblems(Throwable e) {
        if (e instanceof ValidationException v) {
            for (Problem p : v.problems()) {
                StringProperty target = errors.get(p.field());
                if (target != null) {
                    target.set(messages.msg(p.msg()));
                } else {
                    message.set(messages.msg(p.msg()));
                }
            }
        } else {
            message.set(ErrorMessages.of(e, messages));
        }
    }

    private String text(String field) {
        String v = value(field).get();
        return v == null || v.isBlank() ? null : v.trim();
    }
}
