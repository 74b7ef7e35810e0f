package vn.motcua.print;

import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.domain.dossier.HandOver;
import java.util.Objects;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.ProgressEntry;

/**
 * A dossier and what a notice says about it (supplement request, refusal, apology, stop, control slip).
 *
 * @param reason         the reason printed (refusal, lateness, stop, supplement); blank = a line to fill by hand
 * @param newAppointment the apology's new return time, may be null
 * @param items          what to supplement, one per line (supplement request)
 * @param deadline       until when the applicant may supplement, may be null
 * @param contact        contact person and phone for questions, may be blank
 * @param logbook        logbook volume and line, may be null
 * @param officerPhone   phone of the clerk printing (the contact officer of a supplement request), may be blank
 * @param leadUnit       the processing unit named in the catalogue for the procedure, may be blank
 * @param handOvers      control slip: the hand-overs between units ({@link HandOver#of})
 * @param stepResults    control slip: per hand-over, "Trước hạn" / "Đúng hạn" / "Quá hạn" judged against the time
 *                       allotted to the step that ended there; blank = not judged
 * @param deputyTitle    apology: the deputy's title when signing on behalf of the head ("KT."), blank = the head signs
 */
public record NoticeData(Dossier dossier, List<ProgressEntry> progress, String reason, LocalDateTime newAppointment,
                         List<String> items, LocalDateTime deadline, String contact, LogbookRef logbook,
                         String officerPhone, String leadUnit, List<HandOver> handOvers, List<String> stepResults,
                         String deputyTitle) {
    /** A notice without the officer's phone, lead unit, step judgements or deputy. */
    public NoticeData(Dossier dossier, List<ProgressEntry> progress, String reason, LocalDateTime newAppointment,
                      List<String> items, LocalDateTime deadline, String contact, LogbookRef logbook) {
        this(dossier, progress, reason, newAppointment, items, deadline, contact, logbook, "", "", null, List.of(), "");
    }

    public NoticeData {
        Objects.requireNonNull(dossier, "dossier");
        progress = progress == null ? List.of() : List.copyOf(progress);
        items = items == null ? List.of() : items.stream().filter(s -> s != null && !s.isBlank()).toList();
        reason = reason == null ? "" : reason.strip();
        contact = contact == null ? "" : contact.strip();
        officerPhone = officerPhone == null ? "" : officerPhone.strip();
        leadUnit = leadUnit == null ? "" : leadUnit.strip();
        handOvers = handOvers == null ? HandOver.of(progress, "", leadUnit) : List.copyOf(handOvers);
        stepResults = stepResults == null ? List.of() : stepResults.stream().map(x -> x == null ? "" : x).toList();
        deputyTitle = deputyTitle == null ? "" : deputyTitle.strip();
    }

    /** The result label of hand-over {@code step} (from 1), blank when not judged. */
    public String stepResult(int step) {
        return step - 1 < stepResults.size() ? stepResults.get(step - 1) : "";
    }
}
