package vn.motcua.desk;

import java.util.Objects;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.office.OfficeProfile;

/** Who is signed in at which office and desk. */
public record Session(Actor actor, OfficeProfile office) {
    public Session {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(office, "office");
    }
}
