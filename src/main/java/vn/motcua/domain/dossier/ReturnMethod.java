package vn.motcua.domain.dossier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Hình thức nhận kết quả. */
public enum ReturnMethod {
    COUNTER("counter", "Tại Bộ phận Một cửa"),
    POST("post", "Qua dịch vụ bưu chính công ích"),
    ONLINE("online", "Trực tuyến");

    private final String key;
    private final String labelVi;

    ReturnMethod(String key, String labelVi) {
        this.key = key;
        this.labelVi = labelVi;
    }

    public String key() {
        return key;
    }

    public String labelVi() {
        return labelVi;
    }

    public static Optional<ReturnMethod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.key.equals(t) || m.name().toLowerCase(Locale.ROOT).equals(t)).findFirst();
    }
}
