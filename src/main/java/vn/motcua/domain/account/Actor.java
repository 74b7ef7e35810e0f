package vn.motcua.domain.account;

import java.util.Objects;

/**
 * The person performing an action, as written into the progress log (NguoiXuLy, ChucDanh, PhongBanXuLy).
 *
 * @param username login name, never blank
 * @param fullName name shown in the progress log; falls back to the username when blank
 * @param title    job title (chức danh), may be blank
 * @param unit     unit or department (phòng ban), may be blank
 * @param role     what the user may do
 */
public record Actor(String username, String fullName, String title, String unit, Role role) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("actor username is required");
        }
        Objects.requireNonNull(role, "role");
        fullName = fullName == null || fullName.isBlank() ? username : fullName.strip();
        title = title == null ? "" : title.strip();
        unit = unit == null ? "" : unit.strip();
    }
}
