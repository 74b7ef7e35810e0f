package vn.motcua.service;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.motcua.domain.calendar.AppointmentCalculator;
import vn.motcua.domain.catalog.Fee;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.HandOver;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.print.ControlSlipForm;

/**
 * What {@link PrintService} works out from a dossier before a form prints it: whether each hand-over was on time, the
 * last note of a refusal or stop, the fee line. Pure functions over what the service read.
 */
final class FormFacts {
    /** Working hours the one-stop unit has to hand a dossier to the processing unit when the catalogue sets none [I]. */
    static final int DEFAULT_ONE_STOP_HOURS = 4;

    private FormFacts() {
    }

    /**
     * Each hand-over judged against the time allotted to the step it ended (DOMAIN.md §1.2): the catalogue's
     * {@code steps} in order when it lists them; otherwise the one-stop unit has {@value #DEFAULT_ONE_STOP_HOURS}
     * working hours to hand over, the processing unit the statutory time less the one-stop unit's two turns, and any
     * other step is not judged (blank).
     */
    static List<String> judge(AppointmentCalculator calc, Dossier d, List<HandOver> handOvers, Procedure p,
                              String oneStop) {
        List<String> out = new ArrayList<>();
        long total = d.appointmentAt() == null ? -1 : calc.workingMinutesBetween(d.receivedAt(), d.appointmentAt());
        for (HandOver h : handOvers) {
            Long minutes = null;
            if (p != null && h.step() <= p.steps().size()) {
                minutes = p.steps().get(h.step() - 1).workingHours() * 60L;
            } else if (h.from().equals(oneStop) && h.step() == 1) {
                minutes = DEFAULT_ONE_STOP_HOURS * 60L;
            } else if (h.to().equals(oneStop) && total >= 0) {
                minutes = Math.max(0, total - 2L * DEFAULT_ONE_STOP_HOURS * 60L);
            }
            out.add(minutes == null ? "" : ControlSlipForm.onTime(h.at(), calc.addWorkingMinutes(h.stepStart(), minutes)));
        }
        return out;
    }


    static String lastNote(List<ProgressEntry> progress, DossierStatus... statuses) {
        for (int i = progress.size() - 1; i >= 0; i--) {
            ProgressEntry e = progress.get(i);
            if (Arrays.asList(statuses).contains(e.status()) && e.note() != null && !e.note().isBlank()) {
                return e.note();
            }
        }
        return "";
    }

    /** The reason of the dossier's latest apology (what {@code ApologyService.apologise} logged), or "". */
    static String lastApologyReason(List<ProgressEntry> progress) {
        for (int i = progress.size() - 1; i >= 0; i--) {
            ProgressEntry e = progress.get(i);
            if (e.action() != null && e.action().startsWith(ApologyService.ACTION) && e.note() != null
                    && !e.note().isBlank()) {
                return e.note();
            }
        }
        return "";
    }

    /** "Lệ phí: 8.000 đồng; Phí: 20.000 đồng", "Miễn phí", or null when the catalogue lists none. */
    static String feeText(Procedure p) {
        if (p.fees().isEmpty()) {
            return null;
        }
        if (p.totalFeeVnd() == 0) {
            return "Miễn phí";
        }
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
        return p.fees().stream().map((Fee f) -> f.name() + ": " + (f.amountVnd() == 0 ? "miễn"
                : nf.format(f.amountVnd()) + " đồng")).collect(Collectors.joining("; "));
    }
}
