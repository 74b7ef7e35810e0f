package vn.motcua.print;

import java.util.Objects;

/**
 * The fee block of a receipt: the amount to pay, and the VietQR payment code when the office has set up its bank
 * account ({@code payload} null otherwise), with the account shown in words beside it.
 *
 * @param paidText "Đã thu … (tiền mặt) lúc …" when the fee has been paid, else null
 */
public record FeeQr(long amountVnd, String payload, String bankBin, String account, String accountName,
                    String paidText) {
    public FeeQr {
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("a fee to pay has a positive amount");
        }
        accountName = accountName == null ? "" : accountName.strip();
    }

    public boolean hasCode() {
        return payload != null && !payload.isBlank();
    }

    /** "BIN 970415, TK 113366668888 (UBND XA QUANG PHU)": the bank, the account and its holder. */
    public String accountLine() {
        Objects.requireNonNull(payload, "payload");
        return "ngân hàng BIN " + bankBin + ", TK " + account + (accountName.isEmpty() ? "" : " (" + accountName + ")");
    }
}
