package vn.motcua.domain.dossier;

import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.Procedure;

/**
 * A registration request that passed every check of {@link RegistrationParser}: the procedure it names, the applicant
 * (and submitter) written as on papers, the documents and the other values, all normalised. What the desk adds when
 * it stores the dossier (id, code, appointment, clerk, desk) is not here.
 *
 * @param submitter null when the applicant came in person
 * @param summary   null = the procedure's name
 * @param notes     null when none
 */
public record CheckedRegistration(Procedure procedure, Channel channel, ReturnMethod returnMethod,
                                  LocalDateTime receivedAt, Applicant applicant, Applicant submitter,
                                  List<ReceivedDocument> documents, int sets, String summary, String notes) {

    public CheckedRegistration {
        documents = List.copyOf(documents);
    }

    /**
     * The dossier as far as the request says: procedure, field, channel, return method, people, documents, sets,
     * summary (the procedure's name when none was typed), notes, processing time and reception time. The caller adds
     * id, code, appointment, status, desk and clerk.
     */
    public Dossier.Builder draft() {
        return Dossier.builder()
                .procedureCode(procedure.code()).procedureName(procedure.name())
                .fieldCode(procedure.field().code()).fieldName(procedure.field().name())
                .channel(channel).returnMethod(returnMethod)
                .applicant(applicant).submitter(submitter)
                .documents(documents).sets(sets)
                .summary(summary != null ? summary : procedure.name())
                .notes(notes)
                .processingTime(procedure.timeFor(channel))
                .receivedAt(receivedAt);
    }
}
