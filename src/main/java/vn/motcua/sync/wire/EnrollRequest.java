package vn.motcua.sync.wire;

/**
 * {@code POST /api/v1/enroll}: a desk trades a one-time enrollment code for a device token.
 *
 * @param protocol       {@link WireJson#PROTOCOL}
 * @param enrollmentCode the code an administrator printed with {@code central enroll-code}
 * @param ratingSecret   the desk's rating secret (base64url, at least 256 bits), so the server can check the rating
 *                       tokens of receipts the desk prints, including those printed before enrollment
 * @param deviceName     a label for the administrator's device list (host name, "Quầy 1"), may be null
 * @param appVersion     the desk's version, may be null
 */
public record EnrollRequest(int protocol, String enrollmentCode, String ratingSecret, String deviceName,
                            String appVersion) {
}
