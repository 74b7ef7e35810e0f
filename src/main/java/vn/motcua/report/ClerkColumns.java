package vn.motcua.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.domain.dossier.ClerkId;

/**
 * The receiving clerk in SQL over the {@code dossier} table (alias {@code d}), the same rule as {@link ClerkId}: the
 * account id and name as at receipt, or for older dossiers the receiving desk's user name with its desk number.
 * Never a lookup in this desk's accounts: another desk's {@code admin} is not this desk's {@code admin}.
 */
public final class ClerkColumns {
    /** The grouping key. */
    public static final String KEY = "coalesce(d.received_by_id, 'quay-' || d.desk_no || ':' || "
            + "coalesce(d.received_by, ''))";
    /** The printed name. */
    public static final String NAME = "coalesce(d.received_by_name, coalesce(nullif(d.received_by, ''), "
            + "'(không rõ)') || ' (quầy ' || d.desk_no || ')')";

    private ClerkColumns() {
    }

    /**
     * Printed names for clerks keyed by id, each distinct: two accounts with the same full name (an {@code admin}
     * "Quản trị viên" on two desks) are told apart by their desk number.
     */
    public static Map<String, String> distinctNames(Map<String, ClerkId> clerks) {
        Map<String, Integer> uses = new HashMap<>();
        clerks.values().forEach(c -> uses.merge(c.name(), 1, Integer::sum));
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : clerks.entrySet()) {
            ClerkId c = e.getValue();
            boolean clash = uses.get(c.name()) > 1 && !c.name().endsWith(" (quầy " + c.deskNo() + ")");
            out.put(e.getKey(), clash ? c.name() + " (quầy " + c.deskNo() + ")" : c.name());
        }
        return out;
    }
}
