package vn.motcua.print;

import java.time.LocalDateTime;
import java.util.List;
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
 */
public record NoticeData(Dossier dossier, List<ProgressEntry> progress, String reason, LocalDateTime newAppointment,
                         List<String> items, LocalDateTime deadline, String contact, LogbookRef logbook) {
    public NoticeData {
        Objects.requireNonNull(dossier, "dossier");
        progress = progress == null ? List.of() : List.copyOf(progress);
        items = items == null ? List.of() : items.stream().filter(s -> s != null && !s.isBlank()).toList();
        reason = reason == null ? "" : reason.strip();
        contact = contact == null ? "" : contact.strip();
    }
}
