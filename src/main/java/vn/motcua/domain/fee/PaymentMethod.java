package vn.motcua.domain.fee;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a fee was paid at the counter. */
public enum PaymentMethod {
    CASH("Tiền mặt"),
    /** A bank transfer, typically by scanning the receipt's VietQR code. */
    TRANSFER("Chuyển khoản");

    private final String labelVi;

    PaymentMethod(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }

    public static Optional<PaymentMethod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.name().equals(t)).findFirst();
    }
}
