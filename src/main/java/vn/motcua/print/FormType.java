package vn.motcua.print;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The one-stop forms, keyed by what they are, not by their number (numbers differ between template sets). */
public enum FormType {
    RECEIPT("receipt", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", PaperFormat.A5),
    SUPPLEMENT("supplement", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", PaperFormat.A5),
    REFUSAL("refusal", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", PaperFormat.A5),
    APOLOGY("apology", "Phiếu xin lỗi và hẹn lại ngày trả kết quả", PaperFormat.A5),
    STOP("stop", "Thông báo dừng giải quyết hồ sơ", PaperFormat.A5),
    CONTROL("control", "Phiếu kiểm soát quá trình giải quyết hồ sơ", PaperFormat.A5),
    LOGBOOK("logbook", "Sổ theo dõi hồ sơ", PaperFormat.A4_LANDSCAPE);

    private final String key;
    private final String labelVi;
    private final PaperFormat defaultPaper;

    FormType(String key, String labelVi, PaperFormat defaultPaper) {
        this.key = key;
        this.labelVi = labelVi;
        this.defaultPaper = defaultPaper;
    }

    /** Command-line and settings key, e.g. {@code supplement} (settings {@code print.supplement.printer}). */
    public String key() {
        return key;
    }

    public String labelVi() {
        return labelVi;
    }

    public PaperFormat defaultPaper() {
        return defaultPaper;
    }

    /** The audit detail word, e.g. {@code RECEIPT}. */
    public String auditName() {
        return name();
    }

    public static Optional<FormType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(t) || f.name().toLowerCase(Locale.ROOT).equals(t))
                .findFirst();
    }
}
