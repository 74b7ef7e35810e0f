package vn.motcua.desk.common;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import vn.motcua.domain.office.OfficeHeaders;

/**
 * The form header as it will print, live as the office's texts are typed: line 1 (the governing body, or the one made
 * from the office's name without a doubled "UBND"), line 2 (the unit), and the place of the date line. Shared by the
 * first-run wizard and the administrator's "Đơn vị" dialog.
 */
public final class HeaderPreview {
    private HeaderPreview() {
    }

    /** The preview following the four typed texts. */
    public static StringBinding of(Messages m, ObservableStringValue officeName, ObservableStringValue governingBody,
                                   ObservableStringValue unitName, ObservableStringValue placeName) {
        return Bindings.createStringBinding(() -> {
            String office = officeName.get();
            if (blank(office)) {
                return m.t("setup.preview.empty");
            }
            String line1 = blank(governingBody.get()) ? OfficeHeaders.governingBody(office)
                    : governingBody.get().strip();
            String line2 = blank(unitName.get()) ? "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" : unitName.get().strip();
            String place = blank(placeName.get()) ? placeOf(office) : placeName.get().strip();
            return line1 + "\n" + line2 + "\n" + m.t("setup.preview.date", place);
        }, officeName, governingBody, unitName, placeName);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** "UBND xã Quảng Phú" → "Quảng Phú". */
    private static String placeOf(String office) {
        String c = OfficeHeaders.commune(office);
        for (String p : new String[] {"xã ", "phường ", "đặc khu "}) {
            if (c.toLowerCase(Locale.forLanguageTag("vi")).startsWith(p)) {
                return c.substring(p.length()).strip();
            }
        }
        return c;
    }
}
