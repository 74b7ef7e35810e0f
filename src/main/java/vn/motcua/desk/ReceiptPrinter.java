package vn.motcua.desk;

import vn.motcua.domain.dossier.Dossier;

/**
 * Prints the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Mẫu 01) of a dossier just registered. Called off the
 * JavaFX thread; the returned sentence is shown to the clerk. The print module supplies the real implementation;
 * until it is wired in, {@link PlaceholderReceiptPrinter} says so.
 */
@FunctionalInterface
public interface ReceiptPrinter {
    /**
     * @return a short message for the clerk, e.g. "Đã gửi giấy tiếp nhận tới máy in …"
     * @throws Exception when printing failed; the message is shown and the error logged
     */
    String print(Dossier dossier) throws Exception;
}
