package vn.motcua.domain.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * "Vào Sổ theo dõi hồ sơ, Quyển số …, Số thứ tự …" (DOMAIN.md §1.2): the book (volume) and the line a dossier was
 * entered on when it was received. Given once, at registration, and never changed (a reprint prints the same line).
 * Each desk keeps one book a year so that desks working offline never hand out the same line: {@code 2026} on desk 1,
 * {@code 2026/2} on desk 2 (decision 0010).
 */
public record LogbookLine(String volume, int line) {
    public LogbookLine {
        Objects.requireNonNull(volume, "volume");
        if (volume.isBlank() || line < 1) {
            throw new IllegalArgumentException("a logbook line needs a volume and a line number from 1");
        }
    }

    /** The book of a desk for the year of {@code received}. */
    public static String volumeOf(LocalDate received, int deskNo) {
        return received.getYear() + (deskNo > 1 ? "/" + deskNo : "");
    }
}
