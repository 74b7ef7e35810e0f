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
 */
public record ReceiptData(Dossier dossier, String receiverName, String fees, LogbookRef logbook, QrLinks links,
                          LocalDateTime reprintedAt) {
    public ReceiptData {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(links, "links");
    }

    public boolean reprint() {
        return reprintedAt != null;
    }
}
