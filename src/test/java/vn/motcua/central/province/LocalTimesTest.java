package vn.motcua.central.province;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written reader must agree with {@link LocalDateTime#parse} wherever it answers, and leave the rest. */
class LocalTimesTest {

    @Test
    void readsWhatTheFormatterReads() {
        Random r = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime t = LocalDateTime.of(1990 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28),
                    r.nextInt(24), r.nextInt(60), r.nextInt(3) == 0 ? 0 : r.nextInt(60),
                    r.nextInt(3) == 0 ? 0 : r.nextInt(1_000_000_000) / (int) Math.pow(10, r.nextInt(9)));
            String s = t.toString();
            assertEquals(t, LocalTimes.quick(s), s);
            assertEquals(LocalDateTime.parse(s).toString(), LocalTimes.quick(s).toString(), s);
        }
    }

    @Test
    void leavesOddOrInvalidShapesToTheFormatter() {
        for (String s : List.of("2026-02-30T08:00", "2026-13-01T08:00", "2026-01-01T24:00", "2026-01-01T08:60",
                "2026-01-01t08:00", "2026-01-01 08:00", "2026-01-01T08:00:00.", "2026-1-01T08:00:00",
                "+2026-01-01T08:00", "2026-01-01T08:00:00Z", "2026-01-01T08:00:0a", "2026-01-01T08", "",
                "2026-01-01T08:00:00.1234567890", "२०२६-01-01T08:00")) {
            LocalDateTime quick = LocalTimes.quick(s);
            if (quick != null) {
                assertEquals(LocalDateTime.parse(s), quick, s);
            }
        }
        assertNull(LocalTimes.quick("2026-02-30T08:00"));
        assertNull(LocalTimes.quick("2026-01-01T08:00:00Z"));
        assertNull(LocalTimes.quick("2026-01-01t08:00"));
    }

    @Test
    void fractionsOfEveryLength() {
        String base = "2026-03-02T08:15:30.";
        String digits = "123456789";
        for (int n = 1; n <= 9; n++) {
            String s = base + digits.substring(0, n);
            assertEquals(LocalDateTime.parse(s), LocalTimes.quick(s), s);
        }
        try {
            LocalDateTime.parse("2026-02-30T08:00");
        } catch (DateTimeParseException expected) {
            return;
        }
        throw new AssertionError("the formatter should refuse 30 February");
    }
}
