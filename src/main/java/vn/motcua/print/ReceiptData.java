package vn.motcua.print;

import java.time.LocalDateTime;
import java.util.Objects;
import vn.motcua.domain.dossier.Dossier;

/**
 * What the receipt prints beyond the dossier itself.
 *
 * @param receiverName  the clerk who received the dossier (signs "Người tiếp nhận hồ sơ")
 * @param fees          fee text, e.g. "Lệ phí: 8.000 đồng"; null or blank = not printed
 * @param logbook       logbook volume and line, may be null
 * @param links         the rating and lookup URLs for the QR codes
 * @param reprintedAt   null for the first print; else the reprint time, printed with "Bản in lại"
 * @param fee           the fee to pay and its VietQR code; null when the dossier has no fee
 */
public record ReceiptData(Dossier dossier, String receiverName, String fees, LogbookRef logbook, QrLinks links,
                          LocalDateTime reprintedAt, FeeQr fee) {
    public ReceiptData {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(links, "links");
    }

    /** A receipt without a fee to pay. */
    public ReceiptData(Dossier dossier, String receiverName, String fees, LogbookRef logbook, QrLinks links,
                       LocalDateTime reprintedAt) {
        this(dossier, receiverName, fees, logbook, links, reprintedAt, null);
    }

    public boolean reprint() {
        return reprintedAt != null;
    }
}
