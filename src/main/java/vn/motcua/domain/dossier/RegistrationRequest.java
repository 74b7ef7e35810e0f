package vn.motcua.domain.dossier;

import java.util.List;

/**
 * A dossier to register, as typed at the counter or given to {@code register --json}. Values are text so that every
 * bad value can be reported with a clear message instead of a parse error.
 *
 * @param receivedAt local time {@code 2026-04-29T15:30} (or with an offset); null = now
 * @param documents  null = the procedure's document list as catalogued
 */
public record RegistrationRequest(
        String procedureCode,
        String channel,
        String returnMethod,
        String receivedAt,
        Person applicant,
        Person submitter,
        List<DocumentLine> documents,
        Integer sets,
        String summary,
        String notes) {

    /**
     * Applicant or submitter as typed.
     *
     * @param sex           "Nam"/"Nữ" (or MALE/FEMALE), optional
     * @param otherIdNumber another identifier, e.g. the old 9-digit CMND from an ID-card scan, optional
     */
    public record Person(String fullName, String idNumber, String birthDate, String phone, String email,
                         String address, String sex, String otherIdNumber) {

        /** A person without sex or another identifier. */
        public Person(String fullName, String idNumber, String birthDate, String phone, String email,
                      String address) {
            this(fullName, idNumber, birthDate, phone, email, address, null, null);
        }
    }

    /**
     * One document line as typed.
     *
     * @param copies          plain copies (bản photo)
     * @param certifiedCopies certified copies (bản sao chứng thực); null = 0
     */
    public record DocumentLine(String name, Integer originals, Integer copies, Boolean mandatory,
                               Integer certifiedCopies) {
        /** A line without certified copies. */
        public DocumentLine(String name, Integer originals, Integer copies, Boolean mandatory) {
            this(name, originals, copies, mandatory, null);
        }
    }
}
