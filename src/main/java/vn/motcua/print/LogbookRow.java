package vn.motcua.print;

import java.util.Objects;
import vn.motcua.domain.dossier.Dossier;

/** One line of the logbook: a dossier and the name of the clerk who received it. */
public record LogbookRow(Dossier dossier, String receiverName) {
    public LogbookRow {
        Objects.requireNonNull(dossier, "dossier");
        receiverName = receiverName == null ? "" : receiverName;
    }
}
