package vn.motcua.domain.dossier;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.text.Msg;

/**
 * Which {@link DossierAction} a dossier allows now, and why one is refused (DOMAIN.md §2.2).
 *
 * <p>A <em>draft</em> is a dossier never registered: {@code version == 0} and status {@link DossierStatus#NEW}
 * (the builder's defaults). A draft allows only {@link DossierAction#RECEIVE}; a registered dossier never does.
 */
public final class StatusMachine {

    private StatusMachine() {
    }

    /** Whether {@code d} is a draft that has not been received yet. */
    public static boolean isDraft(Dossier d) {
        return d.version() == 0 && d.status() == DossierStatus.NEW;
    }

    /** Actions the dossier's status and liên thông sub-state allow, for any role, in declaration order. */
    public static List<DossierAction> allowedActions(Dossier d) {
        return Arrays.stream(DossierAction.values())
                .filter(a -> statusRefusal(d, a).isEmpty() && subStateRefusal(d, a).isEmpty())
                .toList();
    }

    /** Actions allowed now for a user with {@code role}. */
    public static List<DossierAction> allowedActions(Dossier d, Role role) {
        return allowedActions(d).stream().filter(a -> a.allows(role)).toList();
    }

    /**
     * Why {@code action} cannot be done now by {@code role}, in Vietnamese, or empty when it can. Checks status,
     * the liên thông sub-state and the role; what the request must carry is checked by {@link DossierLifecycle}.
     */
    public static Optional<String> refusal(Dossier d, DossierAction action, Role role) {
        return refusalMsg(d, action, role).map(Msg::vi);
    }

    /** {@link #refusal} as a message each front end says in its language (decision 0009). */
    public static Optional<Msg> refusalMsg(Dossier d, DossierAction action, Role role) {
        Optional<Msg> status = statusRefusal(d, action);
        if (status.isPresent()) {
            return status;
        }
        Optional<Msg> subState = subStateRefusal(d, action);
        if (subState.isPresent()) {
            return subState;
        }
        if (!action.allows(role)) {
            return Optional.of(cannot(action, Msg.of("dossier.refused.role", quoteRoles(action),
                    Msg.of("role." + role.name()))));
        }
        return Optional.empty();
    }

    /**
     * The one action that moves a dossier from {@code from} to {@code to}, for a command line such as
     * {@code transition --to 9}. Empty when there is none, or more than one (4 → 4: liên thông send or return).
     */
    public static Optional<DossierAction> actionFor(DossierStatus from, DossierStatus to) {
        List<DossierAction> matches = Arrays.stream(DossierAction.values())
                .filter(a -> a.from().contains(from) && a.to() == to)
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** "Không thể {verb}: {why}". */
    static Msg cannot(DossierAction action, Msg why) {
        return Msg.of("dossier.refused", Msg.of("dossier.verb." + action.name()), why);
    }

    /** A status's name as the user knows it ("Đang xử lý"). */
    static Msg name(DossierStatus s) {
        return Msg.of("dossier.status." + s.name());
    }

    /** An action's button label ("Kết thúc xử lý"). */
    static Msg label(DossierAction a) {
        return Msg.of("dossier.action." + a.name());
    }

    private static Optional<Msg> statusRefusal(Dossier d, DossierAction action) {
        boolean draft = isDraft(d);
        if (action == DossierAction.RECEIVE) {
            return draft ? Optional.empty() : Optional.of(cannot(action, Msg.of("dossier.refused.received",
                    name(d.status()))));
        }
        if (draft) {
            return Optional.of(cannot(action, Msg.of("dossier.refused.draft", label(DossierAction.RECEIVE))));
        }
        if (action.from().contains(d.status())) {
            return Optional.empty();
        }
        return Optional.of(cannot(action, firstStepTowards(d.status(), action)
                .map(step -> Msg.of("dossier.refused.status.step", name(d.status()), label(step)))
                .orElseGet(() -> Msg.of("dossier.refused.status.only", name(d.status()), quoteStatuses(action)))));
    }

    private static Optional<Msg> subStateRefusal(Dossier d, DossierAction action) {
        String agency = d.interopAgency();
        boolean atAgency = agency != null && d.status() == DossierStatus.PROCESSING;
        if ((action == DossierAction.INTEROP_SEND || action == DossierAction.FINISH) && atAgency) {
            return Optional.of(cannot(action, Msg.of("dossier.refused.atAgency", agency,
                    label(DossierAction.INTEROP_RETURN))));
        }
        if (action == DossierAction.INTEROP_RETURN && !atAgency && d.status() == DossierStatus.PROCESSING) {
            return Optional.of(cannot(action, Msg.of("dossier.refused.noAgency",
                    label(DossierAction.INTEROP_SEND))));
        }
        return Optional.empty();
    }

    /** The first action on the shortest path from {@code current} to a status where {@code target} applies. */
    private static Optional<DossierAction> firstStepTowards(DossierStatus current, DossierAction target) {
        Map<DossierStatus, DossierAction> firstStep = new EnumMap<>(DossierStatus.class);
        Queue<DossierStatus> queue = new ArrayDeque<>(List.of(current));
        while (!queue.isEmpty()) {
            DossierStatus s = queue.remove();
            for (DossierAction a : DossierAction.values()) {
                DossierStatus next = a.to();
                if (!a.from().contains(s) || next == current || firstStep.containsKey(next)) {
                    continue;
                }
                DossierAction first = s == current ? a : firstStep.get(s);
                if (target.from().contains(next)) {
                    return Optional.of(first);
                }
                firstStep.put(next, first);
                queue.add(next);
            }
        }
        return Optional.empty();
    }

    private static Msg quoteStatuses(DossierAction action) {
        return either(action.from().stream().map(StatusMachine::name).toList());
    }

    private static Msg quoteRoles(DossierAction action) {
        return either(action.allowedRoles().stream().map(r -> Msg.of("role." + r.name())).toList());
    }

    /** "«a» hoặc «b» hoặc «c»", in the reader's language. */
    private static Msg either(List<Msg> names) {
        Msg out = Msg.of("text.quoted", names.get(0));
        for (int i = 1; i < names.size(); i++) {
            out = Msg.of("text.or", out, Msg.of("text.quoted", names.get(i)));
        }
        return out;
    }
}
