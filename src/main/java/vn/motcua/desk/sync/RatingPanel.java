package vn.motcua.desk.sync;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.rating.RatingLevel;
import vn.motcua.service.DeskContext;
import vn.motcua.service.SyncService;
import vn.motcua.store.RatingRepository.Rating;

/**
 * The citizen's rating of a dossier (made on the citizen page, brought down by sync) as a section of the dossier
 * detail: "Đánh giá của người dân", the level, when, and the reason. Hidden while there is none.
 */
public final class RatingPanel {
    private static final Logger LOG = LoggerFactory.getLogger(RatingPanel.class);

    private final SyncService sync;
    private final Messages m;
    private final TaskExecutor tasks;
    private final VBox root = new VBox(4);

    public RatingPanel(SyncService sync, Messages messages, TaskExecutor tasks) {
        this.sync = sync;
        this.m = messages;
        this.tasks = tasks;
        root.setId("dossier-rating");
        root.setVisible(false);
        root.setManaged(false);
    }

    public VBox root() {
        return root;
    }

    public void load(String dossierCode) {
        BackgroundTask.wrap(() -> sync.rating(dossierCode))
                .onSuccess(r -> show(r.orElse(null)))
                .onFailure(e -> LOG.error("Cannot read the rating of {}", dossierCode, e))
                .executeWith(tasks);
    }

    void show(Rating r) {
        root.getChildren().clear();
        root.setVisible(r != null);
        root.setManaged(r != null);
        if (r == null) {
            return;
        }
        Label title = new Label(m.t("sync.rating.title"));
        title.getStyleClass().add("section-title");
        Label level = new Label(levelText(r.level()));
        level.setId("dossier-rating-level");
        level.getStyleClass().addAll("rating-badge", "rating-" + r.level().toLowerCase(java.util.Locale.ROOT));
        level.setGraphic(Icons.of("DISSATISFIED".equals(r.level()) ? Material2MZ.SENTIMENT_DISSATISFIED
                : Material2MZ.SENTIMENT_SATISFIED));
        Label when = new Label(m.t("sync.rating.when", time(r.ratedAt())));
        when.getStyleClass().add("text-muted");
        HBox line = new HBox(12, level, when);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.getChildren().addAll(title, line);
        if (r.reason() != null && !r.reason().isBlank()) {
            Label reason = new Label(m.t("sync.rating.reason", r.reason()));
            reason.setWrapText(true);
            root.getChildren().add(reason);
        }
    }

    private String levelText(String level) {
        try {
            return m.of("rating", RatingLevel.valueOf(level));
        } catch (IllegalArgumentException e) {
            LOG.warn("Unknown rating level {}", level, e);
            return level;
        }
    }

    private static String time(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return Formats.dateTime(OffsetDateTime.parse(iso).atZoneSameInstant(DeskContext.ZONE).toLocalDateTime());
        } catch (DateTimeParseException e) {
            LOG.warn("Unreadable rating time {}", iso, e);
            return iso;
        }
    }
}
