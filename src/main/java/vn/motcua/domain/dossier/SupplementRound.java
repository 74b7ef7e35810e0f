package vn.motcua.domain.dossier;

import java.time.LocalDateTime;

/**
 * One request to supplement (yêu cầu bổ sung) and its completion (DOMAIN.md §2.3).
 *
 * @param round       1, 2, … in order
 * @param requestedAt when the dossier went to status 5
 * @param content     what must be added or corrected
 * @param deadline    ThoiHanBoSung: until when the applicant may supplement, may be null
 * @param completedAt when the supplement was received (back to 4), null while waiting
 * @param dueBefore   appointment before the pause
 * @param dueAfter    appointment after completion (recomputed or shifted), null while waiting
 */
public record SupplementRound(
        int round,
        LocalDateTime requestedAt,
        String requestedBy,
        String content,
        LocalDateTime deadline,
        LocalDateTime completedAt,
        LocalDateTime dueBefore,
        LocalDateTime dueAfter) {

    public boolean isOpen() {
        return completedAt == null;
    }
}
