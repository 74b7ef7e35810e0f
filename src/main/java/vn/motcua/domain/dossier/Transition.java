package vn.motcua.domain.dossier;

import java.util.Objects;

/**
 * The result of one dossier action: the dossier before and after, and the progress-log row to store with it.
 *
 * @param before the dossier as it was (a draft for {@link DossierAction#RECEIVE})
 * @param after  the changed dossier, {@code version} one higher
 * @param entry  the progress-log row (quá trình xử lý) describing the action
 */
public record Transition(Dossier before, Dossier after, ProgressEntry entry) {

    public Transition {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(entry, "entry");
    }
}
