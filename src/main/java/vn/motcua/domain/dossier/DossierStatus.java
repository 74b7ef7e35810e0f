package vn.motcua.domain.dossier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The 10 national dossier statuses (DOMAIN.md §2.1), with their DVCQG code and English key. */
public enum DossierStatus {
    RECEIVING(1, "receiving", "Mới đăng ký"),
    NEW(2, "new", "Được tiếp nhận"),
    DENIED(3, "denied", "Không được tiếp nhận"),
    PROCESSING(4, "processing", "Đang xử lý"),
    WAITING(5, "waiting", "Yêu cầu bổ sung giấy tờ"),
    PAYING(6, "paying", "Yêu cầu thực hiện nghĩa vụ tài chính"),
    CANCELLED(7, "cancelled", "Công dân yêu cầu rút hồ sơ"),
    UNRESOLVED(8, "unresolved", "Dừng xử lý"),
    RELEASING(9, "releasing", "Đã xử lý xong"),
    DONE(10, "done", "Đã trả kết quả");

    private final int code;
    private final String key;
    private final String labelVi;

    DossierStatus(int code, String key, String labelVi) {
        this.code = code;
        this.key = key;
        this.labelVi = labelVi;
    }

    public int code() {
        return code;
    }

    public String key() {
        return key;
    }

    public String labelVi() {
        return labelVi;
    }

    /** Still being worked on: the processing clock is (or may be) running. */
    public boolean isOpen() {
        return this == NEW || this == PROCESSING || this == WAITING || this == PAYING;
    }

    /** Processing has ended (result ready or handed over, withdrawn, stopped, refused). */
    public boolean isClosed() {
        return !isOpen() && this != RECEIVING;
    }

    public static Optional<DossierStatus> fromCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    /** Accepts the national code ("4"), the English key ("processing") or the enum name. */
    public static Optional<DossierStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.chars().allMatch(Character::isDigit) && t.length() <= 2) {
            return fromCode(Integer.parseInt(t));
        }
        return Arrays.stream(values())
                .filter(s -> s.key.equals(t) || s.name().toLowerCase(Locale.ROOT).equals(t))
                .findFirst();
    }
}
