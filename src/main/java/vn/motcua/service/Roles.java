package vn.motcua.service;

import java.util.Arrays;
import java.util.stream.Collectors;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;

/** Role checks made by the services themselves, whatever the UI shows. */
final class Roles {
    private Roles() {
    }

    static void require(Actor actor, String whatVi, Role... allowed) {
        if (actor == null) {
            throw new AccessDeniedException("Cần đăng nhập để " + whatVi + ".");
        }
        if (Arrays.stream(allowed).noneMatch(r -> r == actor.role())) {
            throw new AccessDeniedException("Tài khoản «" + actor.username() + "» (" + actor.role().labelVi()
                    + ") không có quyền " + whatVi + "; cần quyền "
                    + Arrays.stream(allowed).map(Role::labelVi).collect(Collectors.joining(" hoặc ")) + ".");
        }
    }
}
