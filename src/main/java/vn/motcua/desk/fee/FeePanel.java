package vn.motcua.desk.fee;

import java.awt.image.BufferedImage;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.fee.PaymentMethod;
import vn.motcua.print.Codes;
import vn.motcua.print.VnMoney;
import vn.motcua.service.FeeService;

/**
 * The fee of a dossier as a section of the dossier detail: the amount, the VietQR code the citizen scans to pay by
 * transfer (the same code the receipt prints), and the clerk's two buttons to mark it paid in cash or by transfer.
 * Once paid: how, when and by whom. Hidden when the procedure has no fee.
 */
public final class FeePanel {
    private static final Logger LOG = LoggerFactory.getLogger(FeePanel.class);

    private final FeeService fees;
    private final Actor actor;
    private final Messages m;
    private final TaskExecutor tasks;
    private final VBox root = new VBox(6);
    private String code;

    public FeePanel(FeeService fees, Actor actor, Messages messages, TaskExecutor tasks) {
        this.fees = fees;
        this.actor = actor;
        this.m = messages;
        this.tasks = tasks;
        root.setId("dossier-fee");
        root.setVisible(false);
        root.setManaged(false);
    }

    public VBox root() {
        return root;
    }

    public void load(String dossierCode) {
        this.code = dossierCode;
        BackgroundTask.wrap(() -> fees.fee(dossierCode))
                .onSuccess(this::show)
                .onFailure(e -> LOG.error("Cannot read the fee of {}", dossierCode, e))
                .executeWith(tasks);
    }

    void show(FeeService.Fee f) {
        root.getChildren().clear();
        boolean any = f.amountVnd() > 0;
        root.setVisible(any);
        root.setManaged(any);
        if (!any) {
            return;
        }
        Label title = new Label(m.t("fee.title"));
        title.getStyleClass().add("section-title");
        Label amount = new Label(m.t("fee.amount", VnMoney.dong(f.amountVnd())));
        amount.setId("dossier-fee-amount");
        root.getChildren().addAll(title, amount);
        if (f.payment().isPresent()) {
            var p = f.payment().get();
            Label paid = new Label(m.t("fee.paid", methodText(p.method()),
                    Formats.dateTime(p.paidAt()), p.paidBy()));
            paid.setId("dossier-fee-paid");
            paid.getStyleClass().add("text-success");
            root.getChildren().add(paid);
            return;
        }
        if (f.payload() != null) {
            ImageView qr = new ImageView(fxImage(Codes.qr(f.payload(), 4)));
            qr.setId("dossier-fee-vietqr");
            qr.setPreserveRatio(true);
            qr.setFitWidth(180);
            Label account = new Label(m.t("fee.account", f.bankBin(), f.account(), f.accountName()));
            account.setWrapText(true);
            Label hint = new Label(m.t("fee.scan"));
            hint.getStyleClass().add("text-muted");
            hint.setWrapText(true);
            root.getChildren().addAll(qr, account, hint);
        } else if (f.qrProblem() != null) {
            Label why = new Label(m.t("fee.noCode", m.msg(f.qrProblem())));
            why.getStyleClass().add("text-muted");
            why.setWrapText(true);
            root.getChildren().add(why);
        }
        Button cash = new Button(m.t("fee.markCash"));
        cash.setId("fee-paid-cash");
        cash.setOnAction(e -> markPaid(PaymentMethod.CASH, f));
        Button transfer = new Button(m.t("fee.markTransfer"));
        transfer.setId("fee-paid-transfer");
        transfer.getStyleClass().add("accent");
        transfer.setOnAction(e -> markPaid(PaymentMethod.TRANSFER, f));
        HBox buttons = new HBox(8, cash, transfer);
        root.getChildren().add(buttons);
    }

    private void markPaid(PaymentMethod method, FeeService.Fee f) {
        // the desk's own confirmation: buttons in the desk's language, Enter keeps things as they are
        boolean yes = Dialogs.confirm(root.getScene() == null ? null : root.getScene().getWindow(), m,
                m.t("fee.confirm", VnMoney.dong(f.amountVnd()), methodText(method), f.dossier().code()),
                m.t(method == PaymentMethod.CASH ? "fee.markCash" : "fee.markTransfer"), "fee-confirm");
        if (!yes) {
            return;
        }
        BackgroundTask.wrap(() -> fees.markPaid(code, method, actor, null))
                .onSuccess(p -> load(code))
                .onFailure(e -> Dialogs.error(root.getScene().getWindow(), m, ErrorMessages.of(e, m)))
                .executeWith(tasks);
    }

    private String methodText(PaymentMethod method) {
        return switch (method) {
            case CASH -> m.t("fee.method.CASH");
            case TRANSFER -> m.t("fee.method.TRANSFER");
        };
    }

    /** A 1-bit code image as a JavaFX image (no Swing bridge needed). */
    private static WritableImage fxImage(BufferedImage img) {
        WritableImage out = new WritableImage(img.getWidth(), img.getHeight());
        var w = out.getPixelWriter();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                w.setArgb(x, y, img.getRGB(x, y) | 0xFF000000);
            }
        }
        return out;
    }
}
