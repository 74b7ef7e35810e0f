package vn.motcua.sync.wire;

/**
 * The answer to an enrollment. The token is shown once; the server keeps only its SHA-256.
 *
 * @param deviceId    the server's id for this desk
 * @param officeCode  the office's agency code, e.g. {@code 000.00.01.H22}
 * @param officeName  the office's name
 * @param deskNo      the desk number the administrator chose for the code
 * @param deviceToken the bearer token for push and pull ({@code Authorization: Bearer ...})
 * @param publicBaseUrl the address citizens reach the server's pages at (receipts' QR codes point there); null from
 *                      a server that does not say, and the desk then uses the address it enrolled with
 */
public record EnrollResponse(int protocol, String deviceId, String officeCode, String officeName, int deskNo,
                             String deviceToken, String publicBaseUrl) {
    /** The same answer naming the server's public address. */
    public EnrollResponse withPublicBaseUrl(String url) {
        return new EnrollResponse(protocol, deviceId, officeCode, officeName, deskNo, deviceToken, url);
    }
}
