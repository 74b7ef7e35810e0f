package vn.motcua.domain.dossier;

import java.time.LocalDate;
import vn.motcua.domain.citizen.Sex;

/**
 * The dossier owner (chủ hồ sơ) or the submitter. Values are expected already normalised
 * (NFC, trimmed; ID digits only; phone in national form) by the caller's validation ({@link RegistrationParser}).
 * Build one with {@link #builder()}: {@code Applicant.builder().fullName("Nguyễn Văn An").idNumber("…").build()}.
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

    /**
     * An applicant without sex or another identifier.
     *
     * @deprecated positional arguments are easy to swap; use {@link #builder()}
     */
    @Deprecated
    public Applicant(String fullName, String idNumber, LocalDate birthDate, String phone, String email,
                     String address) {
        this(fullName, idNumber, birthDate, phone, email, address, null, null);
    }

    /** A builder for an applicant; only the full name is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this applicant's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().fullName(fullName).idNumber(idNumber).birthDate(birthDate).phone(phone).email(email)
                .address(address).sex(sex).otherIdNumber(otherIdNumber);
    }

    /** Builds an {@link Applicant} by name instead of by position. */
    public static final class Builder {
        private String fullName;
        private String idNumber;
        private LocalDate birthDate;
        private String phone;
        private String email;
        private String address;
        private Sex sex;
        private String otherIdNumber;

        private Builder() {
        }

        public Builder fullName(String v) { fullName = v; return this; }
        public Builder idNumber(String v) { idNumber = v; return this; }
        public Builder birthDate(LocalDate v) { birthDate = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder address(String v) { address = v; return this; }
        public Builder sex(Sex v) { sex = v; return this; }
        public Builder otherIdNumber(String v) { otherIdNumber = v; return this; }

        /** The applicant; throws {@link IllegalArgumentException} without a full name. */
        public Applicant build() {
            return new Applicant(fullName, idNumber, birthDate, phone, email, address, sex, otherIdNumber);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
