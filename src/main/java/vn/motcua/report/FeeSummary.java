package vn.motcua.report;

import java.sql.Connection;
import java.sql.SQLException;
import vn.motcua.store.FeePaymentRepository;

/**
 * Fees collected at the counters in a period (marked paid, by the day of payment): how many dossiers, how much, and
 * the share paid by bank transfer (VietQR) — by number of payments, the measure of the Decision 766 payment indicator.
 */
public record FeeSummary(int payments, long amountVnd, int byTransfer, long transferVnd) {

    public static FeeSummary compute(Connection c, Period p) throws SQLException {
        var t = new FeePaymentRepository().totals(c, p.from().atStartOfDay(), p.to().plusDays(1).atStartOfDay());
        return new FeeSummary(t.count(), t.amountVnd(), t.byTransfer(), t.transferVnd());
    }

    /** Share of payments made by transfer, 0–1 (null when nothing was collected). */
    public Double transferShare() {
        return payments == 0 ? null : byTransfer / (double) payments;
    }

    /** "Phí, lệ phí đã thu trong kỳ: 3 hồ sơ, 58.000 đồng; nộp bằng chuyển khoản: 2 hồ sơ (66,7 %), 50.000 đồng". */
    public String lineVi() {
        java.text.NumberFormat nf = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN"));
        String share = payments == 0 ? "0 %" : String.format(java.util.Locale.forLanguageTag("vi-VN"), "%.1f %%",
                transferShare() * 100);
        return "Phí, lệ phí đã thu trong kỳ: " + payments + " hồ sơ, " + nf.format(amountVnd) + " đồng; nộp bằng chuyển "
                + "khoản: " + byTransfer + " hồ sơ (" + share + "), " + nf.format(transferVnd) + " đồng";
    }
}
