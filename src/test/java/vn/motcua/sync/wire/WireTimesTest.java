package vn.motcua.sync.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The hand-written time readers must agree with the standard ones wherever they answer, and leave everything else
 * to them, so a pushed event's time is read (or refused) exactly as before.
 */
class WireTimesTest {

    private static OffsetDateTime viaMapper(String time) throws JsonProcessingException {
        return WireJson.mapper().readValue("\"" + time + "\"", OffsetDateTime.class);
    }

    private static OffsetDateTime viaPushEvent(String time) throws JsonProcessingException {
        String json = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"deviceSeq\":1,\"type\":\"X\",\"dossierId\":\""
                + UUID.randomUUID() + "\",\"occurredAt\":\"" + time + "\",\"payload\":{}}";
        return WireJson.mapper().readValue(json, PushEvent.class).occurredAt();
    }

    @Test
    void readsWhatTheStandardReaderReads() throws Exception {
        Random r = new Random(31);
        List<ZoneOffset> offsets = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(7), ZoneOffset.ofHoursMinutes(-3, -30),
                ZoneOffset.ofHoursMinutes(5, 45), ZoneOffset.ofHours(-12), ZoneOffset.ofHours(14));
        for (int i = 0; i < 20_000; i++) {
            OffsetDateTime t = OffsetDateTime.of(LocalDateTime.of(1990 + r.nextInt(60), 1 + r.nextInt(12),
                    1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(3) == 0 ? 0 : r.nextInt(60),
                    r.nextInt(3) == 0 ? 0 : r.nextInt(1_000_000_000) / (int) Math.pow(10, r.nextInt(9))),
                    offsets.get(r.nextInt(offsets.size())));
            String s = t.toString();
            OffsetDateTime standard = viaMapper(s);
            assertEquals(standard, WireTimes.offset(s), s);
            assertEquals(standard, viaPushEvent(s), s);
            assertEquals(standard.getOffset(), viaPushEvent(s).getOffset(), s);
        }
    }

    @Test
    void oddShapesGoToTheStandardReaderAndGiveTheSameValueOrRefusal() throws Exception {
        for (String s : List.of("2026-03-02T08:00:00+07:00", "2026-03-02T08:00+07:00", "2026-03-02T08:00:00Z",
                "2026-03-02T08:00:00-00:00", "2026-03-02T08:00:00+07:00:00", "2026-03-02T08:00:00.5+07:00",
                "2026-03-02T08:00:00+0700", "2026-03-02T08:00:00+19:00", "2026-02-30T08:00:00+07:00",
                "2026-03-02T24:00:00+07:00", "2026-03-02 08:00:00+07:00", "2026-03-02T08:00:00",
                "2026-03-02T08:00:00z", "", "x", "2026-03-02T08:00:00+07:0a")) {
            OffsetDateTime standard;
            try {
                standard = viaMapper(s);
            } catch (JsonProcessingException refused) {
                assertNull(WireTimes.offset(s), s);
                assertThrows(JsonProcessingException.class, () -> viaPushEvent(s), s);
                continue;
            }
            OffsetDateTime quick = WireTimes.offset(s);
            if (quick != null) {
                assertEquals(standard, quick, s);
            }
            assertEquals(standard, viaPushEvent(s), s);
        }
        assertNull(WireTimes.offset("2026-03-02T08:00:00+07:00:00"));
        assertNull(WireTimes.offset("2026-02-30T08:00:00+07:00"));
    }

    @Test
    void aNumberOrNullStillReadsAsBefore() throws Exception {
        String json = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"deviceSeq\":1,\"type\":\"X\",\"dossierId\":\""
                + UUID.randomUUID() + "\",\"occurredAt\":null,\"payload\":{}}";
        assertNull(WireJson.mapper().readValue(json, PushEvent.class).occurredAt());
        String number = json.replace("null", "1700000000");
        assertEquals(WireJson.mapper().readValue("1700000000", OffsetDateTime.class),
                WireJson.mapper().readValue(number, PushEvent.class).occurredAt());
    }
}
