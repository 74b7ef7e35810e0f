package vn.motcua.print;

import java.text.NumberFormat;
import java.util.Locale;

/** Amounts of money as forms print them: "8.000 đồng". */
public final class VnMoney {
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private VnMoney() {
    }

    public static String dong(long amountVnd) {
        return NumberFormat.getIntegerInstance(VI).format(amountVnd) + " đồng";
    }
}
