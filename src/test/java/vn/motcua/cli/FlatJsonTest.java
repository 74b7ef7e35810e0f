package vn.motcua.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.store.Json;

class FlatJsonTest {

    private static String jackson(Object v) throws Exception {
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(v);
    }

    @Test
    void flatMapsPrintExactlyAsTheMapperDoes() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("appointment.morningStart", "07:00");
        m.put("quote\"back\\slash", "tab\tnew\nline\rcr\bbs\fff\u0001\u001f");
        m.put("Tiếng Việt", "Nguyễn Văn Đức / ~ € 😀");
        m.put("n", 42);
        m.put("big", 9_000_000_000L);
        m.put("yes", true);
        m.put("none", null);
        m.put("", "");
        assertEquals(jackson(m), FlatJson.pretty(m));
        assertEquals(jackson(Map.of()), FlatJson.pretty(Map.of()));
        assertEquals(jackson(Map.of("a", "b")), FlatJson.pretty(Map.of("a", "b")));
    }

    @Test
    void anythingElseIsLeftToTheMapper() {
        assertNull(FlatJson.pretty(List.of("a")));
        assertNull(FlatJson.pretty(Map.of("a", List.of(1))));
        assertNull(FlatJson.pretty(Map.of("a", 1.5)));
        assertNull(FlatJson.pretty(Map.of(1, "a")));
        assertNull(FlatJson.pretty("text"));
    }
}
