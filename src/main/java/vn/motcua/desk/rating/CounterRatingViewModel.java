package vn.motcua.desk.rating;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.rating.RatingLevel;
import vn.motcua.service.CounterRatingService;

/**
 * The counter rating screen's steps: the clerk enters (or scans) the dossier code → the citizen presses one of the
 * three levels → for "Không hài lòng", a reason → thanks, then back to waiting. Works offline (local database).
 */
public final class CounterRatingViewModel {
    /** Where the screen is. */
    public enum Step {
        WAITING, CHOOSING, REASON, THANKS
    }

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.WAITING);
    private final ObjectProperty<CounterRatingService.Rateable> dossier = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final CounterRatingService ratings;
    private final Actor actor;
    private final TaskExecutor tasks;
    private final Messages m;

    public CounterRatingViewModel(CounterRatingService ratings, Actor actor, TaskExecutor tasks, Messages messages) {
        this.ratings = ratings;
        this.actor = actor;
        this.tasks = tasks;
        this.m = messages;
        step.addListener((obs, old, now) -> error.set(""));
    }

    /** The clerk opens the rating for a dossier. */
    public void open(String code) {
        error.set("");
        if (code == null || code.isBlank()) {
            error.set(m.t("rating.error.code"));
            return;
        }
        BackgroundTask.wrap(() -> ratings.find(actor, code))
                .onSuccess(r -> {
                    dossier.set(r);
                    step.set(Step.CHOOSING);
                })
                .onFailure(e -> error.set(ErrorMessages.of(e, m)))
                .executeWith(tasks);
    }

    /** The citizen pressed a level; "Không hài lòng" asks for the reason first. */
    public void choose(RatingLevel level) {
        if (dossier.get() == null) {
            return;
        }
        if (level.reasonRequired()) {
            error.set("");
            step.set(Step.REASON);
            return;
        }
        submit(level, null);
    }

    public void submit(RatingLevel level, String reason) {
        CounterRatingService.Rateable d = dossier.get();
        if (d == null) {
            return;
        }
        BackgroundTask.wrapRunnable(() -> ratings.rate(actor, d.code(), level, reason))
                .onSuccess(v -> {
                    error.set("");
                    step.set(Step.THANKS);
                })
                .onFailure(e -> error.set(ErrorMessages.of(e, m)))
                .executeWith(tasks);
    }

    /** Back to waiting for the next citizen. */
    public void reset() {
        dossier.set(null);
        error.set("");
        step.set(Step.WAITING);
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObjectProperty<CounterRatingService.Rateable> dossierProperty() {
        return dossier;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
