package vn.motcua.service;

import java.util.Arrays;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.text.Msg;

/** Role checks made by the services themselves, whatever the UI shows. */
final class Roles {
    private Roles() {
    }

    /**
     * @param actionKey the message key naming the action ({@code action.…} in the messages bundles), e.g.
     *                  {@code action.catalog.import} = "nhập danh mục thủ tục"
     */
    static void require(Actor actor, String actionKey, Role... allowed) {
        if (actor == null) {
            throw new AccessDeniedException(Msg.of("access.signInRequired", Msg.of(actionKey)));
        }
        if (Arrays.stream(allowed).noneMatch(r -> r == actor.role())) {
            throw new AccessDeniedException(Msg.of("access.denied", actor.username(), role(actor.role()),
                    Msg.of(actionKey), allowedRoles(allowed)));
        }
    }

    /** "quản trị viên", "lãnh đạo hoặc quản trị viên", … in the reader's language. */
    private static Msg allowedRoles(Role... allowed) {
        Msg out = role(allowed[0]);
        for (int i = 1; i < allowed.length; i++) {
            out = Msg.of("access.roles.or", out, role(allowed[i]));
        }
        return out;
    }

    static Msg role(Role role) {
        return Msg.of("role." + role.name());
    }
}
