package vn.motcua.domain.dossier;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of the processing log (quá trình xử lý), the fields the national portal ingests (DOMAIN.md §2.2, §8.3).
 *
 * @param actor        NguoiXuLy: user name shown (≤ 50 chars)
 * @param role         ChucDanh
 * @param unit         PhongBanXuLy
 * @param at           ThoiDiemXuLy
 * @param action       NoiDungXuLy, e.g. "Tiếp nhận hồ sơ"
 * @param status       TrangThai after this step
 * @param stepStart    NgayBatDau
 * @param stepDeadline NgayKetThucTheoQuyDinh, may be null
 * @param note         reason or free note, may be null
 */
public record ProgressEntry(
        String actor,
        String role,
        String unit,
        LocalDateTime at,
        String action,
        DossierStatus status,
        LocalDateTime stepStart,
        LocalDateTime stepDeadline,
        String note) {

    public ProgressEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("progress action text is required");
        }
        actor = actor == null ? "" : (actor.length() > 50 ? actor.substring(0, 50) : actor);
        role = role == null ? "" : role;
        unit = unit == null ? "" : unit;
        stepStart = stepStart == null ? at : stepStart;
    }
}
