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

    /** "Chuyển khoản: ngân hàng BIN 970415, tài khoản 1133…, chủ tài khoản …". */
    public String accountLine() {
        Objects.requireNonNull(payload, "payload");
        return "ngân hàng (BIN) " + bankBin + ", số tài khoản " + account
                + (accountName.isEmpty() ? "" : ", chủ tài khoản " + accountName);
    }
}
