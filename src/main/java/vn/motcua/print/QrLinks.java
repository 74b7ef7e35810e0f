package vn.motcua.print;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.motcua.domain.rating.RatingToken;

/**
 * The receipt's two QR payloads. Rating: {@code {base}/r/{code}?t={token}} with the HMAC token of
 * {@link RatingToken}; lookup: {@code {base}/tra-cuu/{code}}. Neither carries personal data.
 */
public record QrLinks(String rating, String lookup) {

    /** Builds both links from the central base URL, the dossier code and the desk's rating secret. */
    public static QrLinks of(String centralBaseUrl, String code, String ratingSecret) {
        String base = centralBaseUrl == null ? "" : centralBaseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String c = URLEncoder.encode(code, StandardCharsets.UTF_8);
        String token = RatingToken.of(ratingSecret, code);
        return new QrLinks(base + "/r/" + c + "?t=" + token, base + "/tra-cuu/" + c);
    }
}
