package vn.motcua.desk.backup;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Messages;
import vn.motcua.service.BackupService.Backup;

/** The list of backups: time, file, size. */
final class BackupTable {
    private BackupTable() {
    }

    static TableView<Backup> of(ObservableList<Backup> items, Messages m) {
        TableView<Backup> table = new TableView<>(items);
        table.setId("backup-table");
        TableColumn<Backup, String> time = new TableColumn<>(m.t("backup.col.time"));
        time.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.dateTime(c.getValue().takenAt())));
        time.setPrefWidth(150);
        TableColumn<Backup, String> file = new TableColumn<>(m.t("backup.col.file"));
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file().getFileName().toString()));
        file.setPrefWidth(260);
        TableColumn<Backup, String> size = new TableColumn<>(m.t("backup.col.size"));
        size.setCellValueFactory(c -> new ReadOnlyStringWrapper(size(c.getValue().bytes())));
        size.setPrefWidth(100);
        table.getColumns().setAll(java.util.List.of(time, file, size));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vn.motcua.desk.common.TableHeaders.neverCut(table);
        table.setPlaceholder(new javafx.scene.control.Label(m.t("backup.none")));
        table.setPrefHeight(260);
        return table;
    }

    /** "1,2 MB", "850 KB". */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.forLanguageTag("vi-VN"), "%.1f MB", bytes / (1024.0 * 1024));
        }
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }
}
