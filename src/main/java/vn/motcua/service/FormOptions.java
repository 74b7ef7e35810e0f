package vn.motcua.service;

import java.time.LocalDateTime;
import vn.motcua.print.PaperFormat;

/**
 * What the clerk may set when a notice is printed ({@link PrintService#formPdf}); whatever is null comes from the
 * dossier (the open supplement round, the refusal or stop note in the progress log, the apology's new date, the form's
 * remembered paper). Built from {@link #NONE} with the {@code with…} methods.
 *
 * @param reason         the reason printed (refusal, lateness, stop, supplement)
 * @param newAppointment apology: the new return time
 * @param items          supplement: what to add, one item per line (or separated by ";")
 * @param deadline       supplement: the deadline
 * @param contact        contact person and phone printed on the notice
 * @param deputy         apology: the deputy's title when a deputy signs for the head ("KT."), e.g. "Phó Chủ tịch"
 * @param format         paper overriding the form's setting
 */
public record FormOptions(String reason, LocalDateTime newAppointment, String items, LocalDateTime deadline,
                          String contact, String deputy, PaperFormat format) {
    /** Nothing set: everything from the dossier and the settings. */
    public static final FormOptions NONE = new FormOptions(null, null, null, null, null, null, null);

    public FormOptions withReason(String v) {
        return new FormOptions(v, newAppointment, items, deadline, contact, deputy, format);
    }

    public FormOptions withNewAppointment(LocalDateTime v) {
        return new FormOptions(reason, v, items, deadline, contact, deputy, format);
    }

    public FormOptions withItems(String v) {
        return new FormOptions(reason, newAppointment, v, deadline, contact, deputy, format);
    }

    public FormOptions withDeadline(LocalDateTime v) {
        return new FormOptions(reason, newAppointment, items, v, contact, deputy, format);
    }

    public FormOptions withContact(String v) {
        return new FormOptions(reason, newAppointment, items, deadline, v, deputy, format);
    }

    public FormOptions withDeputy(String v) {
        return new FormOptions(reason, newAppointment, items, deadline, contact, v, format);
    }

    public FormOptions withFormat(PaperFormat v) {
        return new FormOptions(reason, newAppointment, items, deadline, contact, deputy, v);
    }
}
