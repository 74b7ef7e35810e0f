package vn.motcua.central.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.domain.text.Text;

/** {@link EventFacts#clean} skips {@link Text#nfc} only where it would return the text unchanged. */
class EventFactsCleanTest {
    private static final String[] PIECES = {"Nguyễn", "Văn", "Đức", "Thị", "Hồ", "sơ", "a", "Z", "0", "-", ".", " ",
        "  ", "\t", "\n", "\u00a0", "\u200b", "\u2003", "\u0085", "\u0301", "e\u0302\u0301", "\u1ec7", "\u00c5",
        "\u212b", "\ud83d\ude00", "\ud83d", "\u0007", "\u007f", "Đ", "ư", "ơ", "'", "’"};

    @Test
    void agreesWithTextNfcOverRandomText() {
        Random r = new Random(18);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(6);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String s = sb.toString();
            assertEquals(Text.nfc(s), EventFacts.clean(s), () -> s.codePoints().mapToObj(Integer::toHexString)
                    .toList().toString());
        }
    }

    @Test
    void cleanVietnameseIsKeptAsItIsAndUncleanIsNot() {
        for (String s : List.of("Nguyễn Văn Đức", "Cấp giấy chứng nhận quyền sử dụng đất", "Hồ Thị Ánh")) {
            assertTrue(EventFacts.alreadyClean(s), s);
            assertEquals(Text.nfc(s), EventFacts.clean(s));
        }
        for (String s : List.of(" Nguyễn", "Nguyễn ", "Nguyễn  Văn", "Nguyễn\tVăn", "Nguyễn\u00a0Văn",
                Normalizer.normalize("Nguyễn", Normalizer.Form.NFD), "Ng\u200byễn", "\u212b")) {
            assertFalse(EventFacts.alreadyClean(s), s);
            assertEquals(Text.nfc(s), EventFacts.clean(s));
        }
    }
}
