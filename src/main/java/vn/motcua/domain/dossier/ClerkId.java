package vn.motcua.domain.dossier;

import java.util.UUID;

/**
 * The clerk who received a dossier, as reports group by it: an account id unique across the province, the full name
 * as at receipt and the desk number. A user name alone is not an identity: every desk is set up with an
 * {@code admin}, so grouping by user name credited one desk's dossiers to another desk's clerk.
 *
 * <ul>
 *   <li>a desk's own account: {@code desk:<the desk database's device id>:<user name>};</li>
 *   <li>an account the province manages (the same on every desk of the office):
 *       {@code province:<agency code>:<user name>};</li>
 *   <li>a dossier received before the id existed (no id in its record): {@code quay-<desk no>:<user name>}, named
 *       "user name (quầy N)" — the user name as the receiving desk knew it, never looked up in this desk's
 *       accounts.</li>
 * </ul>
 *
 * @param id     the grouping key
 * @param name   what a report prints
 * @param deskNo the receiving desk
 */
public record ClerkId(String id, String name, int deskNo) {

    /** The id of an account of this desk. */
    public static String local(UUID deskDeviceId, String username) {
        return "desk:" + deskDeviceId + ":" + username;
    }

    /** The id of an account the province manages for an office. */
    public static String province(String agencyCode, String username) {
        return "province:" + agencyCode + ":" + username;
    }

    /** The fallback id of a dossier that carries no account id. */
    public static String legacy(int deskNo, String username) {
        return "quay-" + deskNo + ":" + (username == null ? "" : username);
    }

    /** The fallback name of a dossier that carries no clerk name. */
    public static String legacyName(int deskNo, String username) {
        return (username == null || username.isBlank() ? "(không rõ)" : username) + " (quầy " + deskNo + ")";
    }

    /** The clerk of a dossier from its stored fields. */
    public static ClerkId of(String receivedById, String receivedByName, int deskNo, String receivedBy) {
        if (receivedById == null || receivedById.isBlank()) {
            return new ClerkId(legacy(deskNo, receivedBy), receivedByName != null ? receivedByName
                    : legacyName(deskNo, receivedBy), deskNo);
        }
        return new ClerkId(receivedById, receivedByName != null && !receivedByName.isBlank() ? receivedByName
                : legacyName(deskNo, receivedBy), deskNo);
    }
}
