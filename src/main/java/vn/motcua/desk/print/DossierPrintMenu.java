package vn.motcua.desk.print;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.dossier.DossierDetailView;
import vn.motcua.desk.dossier.DossierDetailViewModel;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.TimeFlag;
import vn.motcua.print.FormType;
import vn.motcua.service.DossierService.DossierView;

/**
 * The print menu of the dossier detail ("In lại giấy tiếp nhận" and every notice), and a one-click button for the
 * notice the dossier's state calls for: after "Yêu cầu bổ sung" the supplement request, after a refusal the refusal,
 * after a stop the stop notice, when late the apology.
 */
public final class DossierPrintMenu {
    private final DeskPrinting printing;
    private final Messages m;
    private final MenuButton menu;
    private final Button suggested;
    private String code;
    private boolean rescheduled;

    public DossierPrintMenu(DeskPrinting printing, Messages m) {
        this.printing = printing;
        this.m = m;
        menu = new MenuButton(m.t("print.menu"), Icons.of(Material2MZ.PRINT));
        menu.setId("dossier-print-menu");
        MenuItem reprint = new MenuItem(m.t("print.reprint"));
        reprint.setId("print-reprint");
        reprint.setOnAction(e -> printing.receipt(menu.getScene().getWindow(), code, true));
        menu.getItems().addAll(reprint, new SeparatorMenuItem());
        for (FormType t : List.of(FormType.SUPPLEMENT, FormType.REFUSAL, FormType.APOLOGY, FormType.STOP,
                FormType.CONTROL)) {
            MenuItem item = new MenuItem(m.of("form", t));
            item.setId("print-" + t.key());
            item.setOnAction(e -> openForm(t));
            menu.getItems().add(item);
        }
        suggested = new Button();
        suggested.setId("dossier-print-suggested");
        suggested.setGraphic(Icons.of(Material2MZ.PRINT));
        suggested.getStyleClass().add("accent");
        suggested.setVisible(false);
        suggested.setManaged(false);
        menu.setDisable(true);
    }

    /** Puts the menu into the dossier detail's header bar and follows the dossier shown. */
    public void attach(DossierDetailView view, DossierDetailViewModel vm) {
        view.addHeaderTools(suggested, menu);
        vm.dossierProperty().addListener((obs, old, v) -> show(v));
        show(vm.dossierProperty().get());
    }

    private void show(DossierView v) {
        if (v == null) {
            menu.setDisable(true);
            return;
        }
        Dossier d = v.dossier();
        code = d.code();
        rescheduled = d.rescheduledAt() != null; // an apology was recorded: its reason and date are reprinted
        menu.setDisable(false);
        FormType s = suggestion(d.status(), v.timeFlag());
        suggested.setVisible(s != null);
        suggested.setManaged(s != null);
        if (s != null) {
            suggested.setText(m.t("print.suggested", m.of("form", s)));
            suggested.setOnAction(e -> openForm(s));
        }
    }

    /** The notice a dossier in this state needs, if any. */
    public static FormType suggestion(DossierStatus status, TimeFlag flag) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case WAITING -> FormType.SUPPLEMENT;
            case DENIED -> FormType.REFUSAL;
            case UNRESOLVED, CANCELLED -> FormType.STOP;
            case DONE -> null;
            default -> flag == TimeFlag.OVERDUE || flag == TimeFlag.LATE ? FormType.APOLOGY : null;
        };
    }

    private void openForm(FormType t) {
        var owner = menu.getScene().getWindow();
        FormExtrasDialog.ask(owner, m, new FormExtrasViewModel(t, m, rescheduled))
                .ifPresent(extra -> printing.form(owner, t, code, extra));
    }

    public MenuButton menu() {
        return menu;
    }
}
