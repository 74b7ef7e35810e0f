package vn.motcua.domain.office;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Who this desk is: the office, its agency identifier, the desk number, and the header texts printed on forms.
 *
 * @param governingBody header line 1, e.g. "UBND XÃ QUẢNG PHÚ"
 * @param unitName      header line 2 / receiving unit, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
 * @param placeName     place for "…, ngày … tháng … năm …", e.g. "Quảng Phú"
 * @param ratingSecret  base64url secret the rating QR tokens are made with (handed to the server at enrollment)
 * @param deviceId      this desk's stable identity
 */
public record OfficeProfile(
        String officeName,
        String agencyCode,
        int deskNo,
        String governingBody,
        String unitName,
        String placeName,
        String ratingSecret,
        UUID deviceId,
        LocalDateTime createdAt) {

    /** The profile without its secret, for display and export. */
    public OfficeProfile withoutSecret() {
        return new OfficeProfile(officeName, agencyCode, deskNo, governingBody, unitName, placeName, null, deviceId,
                createdAt);
    }
}
