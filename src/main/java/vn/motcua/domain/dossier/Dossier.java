package vn.motcua.domain.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.ProcessingTime;

/**
 * A dossier (hồ sơ) as the desk holds it. Immutable; change it with {@link #toBuilder()}.
 *
 * @param appointmentAt  statutory due time (NgayHenTra); null when the procedure has no fixed appointment.
 *                       Moves only through the supplement clock rule. Statistics judge lateness against it.
 * @param rescheduledAt  new appointment promised in an apology slip (hẹn lại), null if none; drives the
 *                       time flags shown to staff but not the statistics
 * @param interopAgency  while in {@link DossierStatus#PROCESSING}: the agency it has been forwarded to (liên thông)
 * @param finishedAt     end of processing (NgayKetThucXuLy): set on 9, 7, 8
 * @param returnedAt     result handed over (NgayTra): set on 10
 * @param deskNo         the desk (quầy) that received it
 * @param receivedBy     the receiving clerk's user name on that desk (not unique across desks: every desk may have
 *                       an {@code admin})
 * @param receivedById   the receiving clerk's account id, unique across the province (see {@link ClerkId}); null on
 *                       dossiers received before it existed
 * @param receivedByName the receiving clerk's full name as at receipt; null on such older dossiers
 */
public record Dossier(
        UUID id,
        String code,
        String procedureCode,
        String procedureName,
        String fieldCode,
        String fieldName,
        Channel channel,
        ReturnMethod returnMethod,
        Applicant applicant,
        Applicant submitter,
        List<ReceivedDocument> documents,
        int sets,
        String summary,
        String notes,
        ProcessingTime processingTime,
        LocalDateTime receivedAt,
        LocalDateTime appointmentAt,
        LocalDateTime rescheduledAt,
        DossierStatus status,
        String interopAgency,
        List<SupplementRound> supplements,
        LocalDateTime finishedAt,
        LocalDateTime returnedAt,
        int deskNo,
        String receivedBy,
        String receivedById,
        String receivedByName,
        long version) {

    public Dossier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(status, "status");
        returnMethod = returnMethod == null ? ReturnMethod.COUNTER : returnMethod;
        documents = documents == null ? List.of() : List.copyOf(documents);
        supplements = supplements == null ? List.of() : List.copyOf(supplements);
        if (sets < 1) {
            sets = 1;
        }
    }

    /** Who received it, for reports: the account id and name as at receipt, or the fallback of {@link ClerkId}. */
    public ClerkId clerk() {
        return ClerkId.of(receivedById, receivedByName, deskNo, receivedBy);
    }

    /** The appointment staff work towards: the apology's new date if one was given, else the statutory one. */
    public LocalDateTime effectiveAppointment() {
        return rescheduledAt != null ? rescheduledAt : appointmentAt;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder for {@link Dossier}; also used to derive a changed copy. */
    public static final class Builder {
        private UUID id;
        private String code;
        private String procedureCode;
        private String procedureName;
        private String fieldCode;
        private String fieldName;
        private Channel channel = Channel.DIRECT;
        private ReturnMethod returnMethod = ReturnMethod.COUNTER;
        private Applicant applicant;
        private Applicant submitter;
        private List<ReceivedDocument> documents = List.of();
        private int sets = 1;
        private String summary;
        private String notes;
        private ProcessingTime processingTime;
        private LocalDateTime receivedAt;
        private LocalDateTime appointmentAt;
        private LocalDateTime rescheduledAt;
        private DossierStatus status = DossierStatus.NEW;
        private String interopAgency;
        private List<SupplementRound> supplements = List.of();
        private LocalDateTime finishedAt;
        private LocalDateTime returnedAt;
        private int deskNo;
        private String receivedBy;
        private String receivedById;
        private String receivedByName;
        private long version;

        private Builder() {
        }

        private Builder(Dossier d) {
            id = d.id;
            code = d.code;
            procedureCode = d.procedureCode;
            procedureName = d.procedureName;
            fieldCode = d.fieldCode;
            fieldName = d.fieldName;
            channel = d.channel;
            returnMethod = d.returnMethod;
            applicant = d.applicant;
            submitter = d.submitter;
            documents = d.documents;
            sets = d.sets;
            summary = d.summary;
            notes = d.notes;
            processingTime = d.processingTime;
            receivedAt = d.receivedAt;
            appointmentAt = d.appointmentAt;
            rescheduledAt = d.rescheduledAt;
            status = d.status;
            interopAgency = d.interopAgency;
            supplements = d.supplements;
            finishedAt = d.finishedAt;
            returnedAt = d.returnedAt;
            deskNo = d.deskNo;
            receivedBy = d.receivedBy;
            receivedById = d.receivedById;
            receivedByName = d.receivedByName;
            version = d.version;
        }

        public Builder id(UUID v) { id = v; return this; }
        public Builder code(String v) { code = v; return this; }
        public Builder procedureCode(String v) { procedureCode = v; return this; }
        public Builder procedureName(String v) { procedureName = v; return this; }
        public Builder fieldCode(String v) { fieldCode = v; return this; }
        public Builder fieldName(String v) { fieldName = v; return this; }
        public Builder channel(Channel v) { channel = v; return this; }
        public Builder returnMethod(ReturnMethod v) { returnMethod = v; return this; }
        public Builder applicant(Applicant v) { applicant = v; return this; }
        public Builder submitter(Applicant v) { submitter = v; return this; }
        public Builder documents(List<ReceivedDocument> v) { documents = v; return this; }
        public Builder sets(int v) { sets = v; return this; }
        public Builder summary(String v) { summary = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder processingTime(ProcessingTime v) { processingTime = v; return this; }
        public Builder receivedAt(LocalDateTime v) { receivedAt = v; return this; }
        public Builder appointmentAt(LocalDateTime v) { appointmentAt = v; return this; }
        public Builder rescheduledAt(LocalDateTime v) { rescheduledAt = v; return this; }
        public Builder status(DossierStatus v) { status = v; return this; }
        public Builder interopAgency(String v) { interopAgency = v; return this; }
        public Builder supplements(List<SupplementRound> v) { supplements = v; return this; }
        public Builder finishedAt(LocalDateTime v) { finishedAt = v; return this; }
        public Builder returnedAt(LocalDateTime v) { returnedAt = v; return this; }
        public Builder deskNo(int v) { deskNo = v; return this; }
        public Builder receivedBy(String v) { receivedBy = v; return this; }
        public Builder receivedById(String v) { receivedById = v; return this; }
        public Builder receivedByName(String v) { receivedByName = v; return this; }
        public Builder version(long v) { version = v; return this; }

        public Dossier build() {
            return new Dossier(id, code, procedureCode, procedureName, fieldCode, fieldName, channel, returnMethod,
                    applicant, submitter, documents, sets, summary, notes, processingTime, receivedAt, appointmentAt,
                    rescheduledAt, status, interopAgency, supplements, finishedAt, returnedAt, deskNo, receivedBy,
                    receivedById, receivedByName, version);
        }
    }
}
