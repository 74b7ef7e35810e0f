package vn.motcua.desk;

import vn.motcua.desk.common.Messages;
import vn.motcua.domain.dossier.Dossier;

/** Stands in until the print module is merged: prints nothing and tells the clerk so. */
public final class PlaceholderReceiptPrinter implements ReceiptPrinter {
    private final Messages messages;

    public PlaceholderReceiptPrinter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String print(Dossier dossier) {
        return messages.t("receipt.placeholder", dossier.code());
    }
}
