package vn.motcua.domain.dossier;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.stream.Collectors;
import vn.motcua.domain.account.Role;

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
        Optional<String> status = statusRefusal(d, action);
        if (status.isPresent()) {
            return status;
        }
        Optional<String> subState = subStateRefusal(d, action);
        if (subState.isPresent()) {
            return subState;
        }
        if (!action.allows(role)) {
            return Optional.of("Không thể " + action.verbVi() + ": chỉ người có vai trò "
                    + quoteRoles(action) + " được thực hiện thao tác này (vai trò hiện tại: «" + role.labelVi()
                    + "»).");
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

    private static Optional<String> statusRefusal(Dossier d, DossierAction action) {
        boolean draft = isDraft(d);
        if (action == DossierAction.RECEIVE) {
            return draft ? Optional.empty() : Optional.of("Không thể tiếp nhận: hồ sơ đã được tiếp nhận và đang ở"
                    + " trạng thái «" + d.status().labelVi() + "».");
        }
        if (draft) {
            return Optional.of("Không thể " + action.verbVi() + ": hồ sơ chưa được tiếp nhận; cần «"
                    + DossierAction.RECEIVE.labelVi() + "» trước.");
        }
        if (action.from().contains(d.status())) {
            return Optional.empty();
        }
        String head = "Không thể " + action.verbVi() + ": hồ sơ đang ở trạng thái «" + d.status().labelVi() + "»; ";
        return Optional.of(firstStepTowards(d.status(), action)
                .map(step -> head + "cần «" + step.labelVi() + "» trước.")
                .orElseGet(() -> head + "thao tác này chỉ dùng khi hồ sơ ở trạng thái " + quoteStatuses(action) + "."));
    }

    private static Optional<String> subStateRefusal(Dossier d, DossierAction action) {
        String agency = d.interopAgency();
        boolean atAgency = agency != null && d.status() == DossierStatus.PROCESSING;
        if ((action == DossierAction.INTEROP_SEND || action == DossierAction.FINISH) && atAgency) {
            return Optional.of("Không thể " + action.verbVi() + ": hồ sơ đang ở cơ quan liên thông «" + agency
                    + "»; cần «" + DossierAction.INTEROP_RETURN.labelVi() + "» trước.");
        }
        if (action == DossierAction.INTEROP_RETURN && !atAgency && d.status() == DossierStatus.PROCESSING) {
            return Optional.of("Không thể " + action.verbVi() + ": hồ sơ không ở cơ quan liên thông nào; cần «"
                    + DossierAction.INTEROP_SEND.labelVi() + "» trước.");
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

    private static String quoteStatuses(DossierAction action) {
        return action.from().stream().map(s -> "«" + s.labelVi() + "»").collect(Collectors.joining(" hoặc "));
    }

    private static String quoteRoles(DossierAction action) {
        return action.allowedRoles().stream().map(r -> "«" + r.labelVi() + "»").collect(Collectors.joining(" hoặc "));
    }
}
