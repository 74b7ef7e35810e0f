package vn.motcua.domain.dossier;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One hand-over of a dossier between units, a row of the control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ,
 * DOMAIN.md §1.2): the first goes from the one-stop unit to the processing unit, the last back to the one-stop unit.
 *
 * @param step      1 for the first hand-over: the step that ended with this hand-over (held by {@code from} since
 *                  {@code stepStart})
 * @param giver     who handed over (the person of the previous entry)
 * @param receiver  who took it (the person of this entry)
 */
public record HandOver(int step, String from, String to, LocalDateTime stepStart, LocalDateTime at, String giver,
                       String receiver, String note) {

    private static final Set<DossierStatus> AT_PROCESSING_UNIT = Set.of(DossierStatus.PROCESSING,
            DossierStatus.WAITING, DossierStatus.PAYING);

    /**
     * The hand-overs in a progress log: an entry whose holder differs from the previous entry's holder. The holder is
     * the one-stop unit while the dossier is received, finished, returned, refused or stopped; the processing unit
     * while it is processed (or waits for a supplement or a payment); the other agency while it is sent out (liên
     * thông). Entries that change no holder (a fee paid, a supplement received) are not hand-overs.
     *
     * @param processingUnit the unit named in the catalogue; blank = "Bộ phận chuyên môn"
     */
    public static List<HandOver> of(List<ProgressEntry> progress, String oneStop, String processingUnit) {
        String lead = processingUnit == null || processingUnit.isBlank() ? "Bộ phận chuyên môn" : processingUnit;
        List<HandOver> out = new ArrayList<>();
        if (progress.isEmpty()) {
            return out;
        }
        ProgressEntry held = progress.get(0);
        String holder = holder(held, oneStop, lead, oneStop);
        for (int i = 1; i < progress.size(); i++) {
            ProgressEntry e = progress.get(i);
            String next = holder(e, oneStop, lead, holder);
            if (!next.equals(holder)) {
                out.add(new HandOver(out.size() + 1, holder, next, held.at(), e.at(), held.actor(), e.actor(),
                        e.note() == null || e.note().isBlank() ? e.action() : e.action() + ": " + e.note()));
                holder = next;
                held = e;
            }
        }
        return out;
    }

    private static String holder(ProgressEntry e, String oneStop, String lead, String current) {
        String interop = DossierAction.INTEROP_SEND.entryTextVi() + " đến ";
        if (e.action().startsWith(interop)) {
            return e.action().substring(interop.length()).strip();
        }
        if (AT_PROCESSING_UNIT.contains(e.status())) {
            return e.action().startsWith(DossierAction.INTEROP_SEND.entryTextVi()) ? current : lead;
        }
        return oneStop;
    }
}
