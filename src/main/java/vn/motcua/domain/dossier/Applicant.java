package vn.motcua.domain.dossier;

import java.time.LocalDate;

/**
 * The dossier owner (chủ hồ sơ) or the submitter. Values are expected already normalised
 * (NFC, trimmed; ID digits only; phone in national form) by the caller's validation.
 */
public record Applicant(
        String fullName,
        String idNumber,
        LocalDate birthDate,
        String phone,
        String email,
        String address) {

    public Applicant {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("applicant full name is required");
        }
        idNumber = blankToNull(idNumber);
        phone = blankToNull(phone);
        email = blankToNull(email);
        address = blankToNull(address);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
