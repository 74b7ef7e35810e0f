package vn.motcua.domain.dossier;

import java.time.LocalDate;
import vn.motcua.domain.citizen.Sex;

/**
 * The dossier owner (chủ hồ sơ) or the submitter. Values are expected already normalised
 * (NFC, trimmed; ID digits only; phone in national form) by the caller's validation.
 *
 * @param sex           as on the identity card, or null when not given (filled by an ID-card scan)
 * @param otherIdNumber another identifier of the same person, e.g. the old 9-digit CMND read from the card; or null
 */
public record Applicant(
        String fullName,
        String idNumber,
        LocalDate birthDate,
        String phone,
        String email,
        String address,
        Sex sex,
        String otherIdNumber) {

    public Applicant {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("applicant full name is required");
        }
        idNumber = blankToNull(idNumber);
        phone = blankToNull(phone);
        email = blankToNull(email);
        address = blankToNull(address);
        otherIdNumber = blankToNull(otherIdNumber);
    }

    /** An applicant without sex or another identifier (typed, or an older record). */
    public Applicant(String fullName, String idNumber, LocalDate birthDate, String phone, String email,
                     String address) {
        this(fullName, idNumber, birthDate, phone, email, address, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
