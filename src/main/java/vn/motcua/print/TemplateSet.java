package vn.motcua.print;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The two generations of official forms (DOMAIN.md §0.2, §1.2): Circular 01/2018/TT-VPCP (Mẫu 01–06) and Circular
 * 03/2025/TT-VPCP (Mẫu 01–07, which adds the notice of stopping processing). Forms are keyed by {@link FormType}; each
 * set gives the form's number, its title and the legal-basis line printed under the number.
 */
public enum TemplateSet {
    TT01_2018("Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ"),
    TT03_2025("Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ");

    public static final TemplateSet DEFAULT = TT03_2025;

    private final String circular;

    TemplateSet(String circular) {
        this.circular = circular;
    }

    /** "Thông tư số … của Văn phòng Chính phủ". */
    public String circular() {
        return circular;
    }

    /**
     * The set in force for a dossier received on {@code received} (DOMAIN.md §1.1: the 2018 forms before the 2025
     * circular took effect, the 2025 forms from {@code from2025} on).
     *
     * @param override a fixed set chosen by the administrator, or null to go by the date
     */
    public static TemplateSet forDate(java.time.LocalDate received, TemplateSet override, java.time.LocalDate from2025) {
        if (override != null) {
            return override;
        }
        if (received == null || from2025 == null) {
            return DEFAULT;
        }
        return received.isBefore(from2025) ? TT01_2018 : TT03_2025;
    }

    /** The form's number in this set, e.g. "01"; empty when the set has no such form (stop notice in 2018). */
    public Optional<String> number(FormType type) {
        String n = switch (this) {
            case TT01_2018 -> switch (type) {
                case RECEIPT -> "01";
                case SUPPLEMENT -> "02";
                case REFUSAL -> "03";
                case APOLOGY -> "04";
                case STOP -> null;
                case CONTROL -> "05";
                case LOGBOOK -> "06";
            };
            case TT03_2025 -> switch (type) {
                case RECEIPT -> "01";
                case SUPPLEMENT -> "02";
                case REFUSAL -> "03";
                case APOLOGY -> "04";
                case STOP -> "05";
                case CONTROL -> "06";
                case LOGBOOK -> "07";
            };
        };
        return Optional.ofNullable(n);
    }

    /** "Mẫu số 01" or empty. */
    public Optional<String> formLabel(FormType type) {
        return number(type).map(n -> "Mẫu số " + n);
    }

    /** The line printed under the form number: "(Ban hành kèm theo Thông tư số …)". */
    public String legalBasis(FormType type) {
        if (number(type).isEmpty()) {
            return "(Theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ)";
        }
        return "(Kèm theo " + circular + ")";
    }

    /** The title as printed (upper case), per set. */
    public String title(FormType type) {
        return switch (type) {
            case RECEIPT -> "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
            case SUPPLEMENT -> "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
            case REFUSAL -> "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";
            // The 2025 set renames it and adds the request to extend the time (DOMAIN.md §1.2, [S: S9, S28]).
            case APOLOGY -> this == TT03_2025 ? "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"
                    : "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";
            case STOP -> "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ";
            case CONTROL -> "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";
            case LOGBOOK -> "SỔ THEO DÕI HỒ SƠ";
        };
    }

    public static Optional<TemplateSet> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.name().equals(t)).findFirst();
    }
}
