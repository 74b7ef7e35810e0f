package vn.motcua.sync.wire;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.catalog.TimeUnit;
import vn.motcua.domain.citizen.Sex;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ReceivedDocument;
import vn.motcua.domain.dossier.ReturnMethod;
import vn.motcua.domain.dossier.SupplementRound;

/**
 * A dossier as it travels in the {@code "dossier"} member of an event (push) and of a dossier change (pull), protocol
 * v1 (decision 0018). Its own shape, so the domain's {@link Dossier} record can change without changing what desks
 * and servers exchange; {@link #of} and {@link #toDossier} map between them.
 *
 * <p>The members, their order and their formats are those protocol v1 has carried since the first desks (the JSON
 * Jackson made of the domain record): enums by name, dates {@code yyyy-MM-dd}, local times {@code yyyy-MM-ddTHH:mm}
 * or with seconds when not zero (the caller's mapper writes them: {@code store.Json} on the desk), nulls written out,
 * and {@code "open"} on each supplement round. Unknown members are ignored when read ({@link WireJson} and the desk's
 * mapper both tolerate them), so a newer peer may add members.
 */
public record DossierPayload(
        UUID id,
        String code,
        String procedureCode,
        String procedureName,
        String fieldCode,
        String fieldName,
        Channel channel,
        ReturnMethod returnMethod,
        Person applicant,
        Person submitter,
        List<Document> documents,
        int sets,
        String summary,
        String notes,
        TimeLimit processingTime,
        LocalDateTime receivedAt,
        LocalDateTime appointmentAt,
        LocalDateTime rescheduledAt,
        DossierStatus status,
        String interopAgency,
        List<Supplement> supplements,
        LocalDateTime finishedAt,
        LocalDateTime returnedAt,
        int deskNo,
        String receivedBy,
        String receivedById,
        String receivedByName,
        long version) {

    /** The dossier owner or the submitter. */
    public record Person(String fullName, String idNumber, LocalDate birthDate, String phone, String email,
                         String address, Sex sex, String otherIdNumber) {
    }

    /** One line of the documents received. */
    public record Document(String name, int originals, int copies, boolean mandatory, int certifiedCopies) {
    }

    /** The procedure's processing time. */
    public record TimeLimit(int value, TimeUnit unit) {
    }

    /** One supplement round; {@code open} is sent for readers that want it and ignored when read. */
    public record Supplement(int round, LocalDateTime requestedAt, String requestedBy, String content,
                             LocalDateTime deadline, LocalDateTime completedAt, LocalDateTime dueBefore,
                             LocalDateTime dueAfter, boolean open) {
    }

    /** The payload of a domain dossier. */
    public static DossierPayload of(Dossier d) {
        return new DossierPayload(d.id(), d.code(), d.procedureCode(), d.procedureName(), d.fieldCode(),
                d.fieldName(), d.channel(), d.returnMethod(), person(d.applicant()), person(d.submitter()),
                d.documents() == null ? null : d.documents().stream().map(x -> new Document(x.name(), x.originals(),
                        x.copies(), x.mandatory(), x.certifiedCopies())).toList(),
                d.sets(), d.summary(), d.notes(), d.processingTime() == null ? null
                        : new TimeLimit(d.processingTime().value(), d.processingTime().unit()),
                d.receivedAt(), d.appointmentAt(), d.rescheduledAt(), d.status(), d.interopAgency(),
                d.supplements() == null ? null : d.supplements().stream().map(s -> new Supplement(s.round(),
                        s.requestedAt(), s.requestedBy(), s.content(), s.deadline(), s.completedAt(), s.dueBefore(),
                        s.dueAfter(), s.isOpen())).toList(),
                d.finishedAt(), d.returnedAt(), d.deskNo(), d.receivedBy(), d.receivedById(), d.receivedByName(),
                d.version());
    }

    /**
     * The domain dossier.
     *
     * @throws IllegalArgumentException when the payload breaks a domain rule (no applicant name, a document without a
     *                                  name …)
     */
    public Dossier toDossier() {
        return Dossier.builder()
                .id(id).code(code).procedureCode(procedureCode).procedureName(procedureName)
                .fieldCode(fieldCode).fieldName(fieldName).channel(channel).returnMethod(returnMethod)
                .applicant(applicant(applicant)).submitter(applicant(submitter))
                .documents(documents == null ? null : documents.stream().map(x -> new ReceivedDocument(x.name(),
                        x.originals(), x.copies(), x.mandatory(), x.certifiedCopies())).toList())
                .sets(sets).summary(summary).notes(notes)
                .processingTime(processingTime == null ? null
                        : new ProcessingTime(processingTime.value(), processingTime.unit()))
                .receivedAt(receivedAt).appointmentAt(appointmentAt).rescheduledAt(rescheduledAt).status(status)
                .interopAgency(interopAgency)
                .supplements(supplements == null ? null : supplements.stream().map(s -> new SupplementRound(
                        s.round(), s.requestedAt(), s.requestedBy(), s.content(), s.deadline(), s.completedAt(),
                        s.dueBefore(), s.dueAfter())).toList())
                .finishedAt(finishedAt).returnedAt(returnedAt).deskNo(deskNo).receivedBy(receivedBy)
                .receivedById(receivedById).receivedByName(receivedByName).version(version)
                .build();
    }

    private static Person person(Applicant a) {
        return a == null ? null : new Person(a.fullName(), a.idNumber(), a.birthDate(), a.phone(), a.email(),
                a.address(), a.sex(), a.otherIdNumber());
    }

    private static Applicant applicant(Person p) {
        return p == null ? null : Applicant.builder().fullName(p.fullName()).idNumber(p.idNumber())
                .birthDate(p.birthDate()).phone(p.phone()).email(p.email()).address(p.address()).sex(p.sex())
                .otherIdNumber(p.otherIdNumber()).build();
    }
}
