package vn.motcua.domain.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Channel through which a dossier is submitted (KenhThucHien: 1 direct, 2 online, 3 post). */
public enum Channel {
    DIRECT(1, "direct", "Trực tiếp"),
    ONLINE(2, "online", "Trực tuyến"),
    POST(3, "post", "Bưu chính công ích");

    private final int code;
    private final String key;
    private final String labelVi;

    Channel(int code, String key, String labelVi) {
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

    public static Optional<Channel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.key.equals(t) || c.name().toLowerCase(Locale.ROOT).equals(t)
                        || String.valueOf(c.code).equals(t))
                .findFirst();
    }
}
