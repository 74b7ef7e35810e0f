package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.service.DeskFixture;
import vn.motcua.store.CalendarRepository;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.ProcedureRepository;
import vn.motcua.store.ProgressExtras;
import vn.motcua.store.RatingRepository;
import vn.motcua.store.SyncOutboxRepository;
import vn.motcua.store.SyncStateRepository;
import vn.motcua.sync.wire.WireJson;

/**
 * The pull page read from the answer's bytes into typed values (decision 0037) gives what the old reading — the body
 * as text, one tree, {@code treeToValue} per dossier and entry — gave: the same rows on the desk for a page with every
 * member kind (nulls, unknown members at every level, extras, changed and unchanged dossiers), the same values or a
 * fall-back for odd shapes, and the same error for a page that is not JSON.
 */
class PulledPageTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 10, 0);

    @TempDir
    Path dir;

    // ---- pages --------------------------------------------------------------------------------------------------

    static String dossier(UUID id, String code, String status, long version, String extra) {
        return """
            {"id":"%s","code":"%s","procedureCode":"1.001234","procedureName":"Đăng ký khai sinh",
             "fieldCode":"HT","fieldName":"Hộ tịch","channel":"DIRECT","returnMethod":"COUNTER",
             "applicant":{"fullName":"Nguyễn Văn An","idNumber":"038095012345","birthDate":"1990-01-02",
               "phone":"0912345678","email":null,"address":"Thôn 1, xã Quảng Phú","sex":"MALE","otherIdNumber":null,
               "nickname":"unknown member"},
             "submitter":%s,
             "documents":[{"name":"Tờ khai","originals":1,"copies":0,"mandatory":true,"certifiedCopies":0},
                          {"name":"Giấy chứng sinh","originals":1,"copies":2,"mandatory":false,"certifiedCopies":1,
                           "extra":[1,2,{"x":null}]}],
             "sets":1,"summary":"Khai sinh cho con","notes":null,
             "processingTime":{"value":3,"unit":"WORKING_DAY"},
             "receivedAt":"2026-04-27T08:15","appointmentAt":"2026-04-30T16:30:45","rescheduledAt":null,
             "status":"%s","interopAgency":null,
             "supplements":[{"round":1,"requestedAt":"2026-04-28T09:00","requestedBy":"Lê Thị Hoa",
               "content":"Bổ sung bản sao","deadline":"2026-05-05T17:00","completedAt":null,
               "dueBefore":"2026-04-30T16:30:45","dueAfter":null,"open":true}],
             "finishedAt":null,"returnedAt":null,"deskNo":1,"receivedBy":"quay1","receivedById":"u-1",
             "receivedByName":"Nguyễn Thị Quản Trị","version":%d%s}
            """.formatted(id, code, extra.contains("submitter") ? "{\"fullName\":\"Trần Thị Bình\",\"idNumber\":null,"
                + "\"birthDate\":null,\"phone\":null,\"email\":\"b@x.vn\",\"address\":null,\"sex\":\"FEMALE\","
                + "\"otherIdNumber\":\"B123\"}" : "null", status, version,
                extra.contains("unknown") ? ",\"newMember\":{\"a\":[true,false,null]}" : "");
    }

    static String entry(String at, String status, String action, String extras) {
        return "{\"actor\":\"Nguyễn Thị Quản Trị\",\"role\":\"Cán bộ một cửa\",\"unit\":\"Bộ phận một cửa\","
                + "\"at\":\"" + at + "\",\"action\":\"" + action + "\",\"status\":\"" + status + "\","
                + "\"stepStart\":null,\"stepDeadline\":\"2026-04-30T16:30\",\"note\":null" + extras + "}";
    }

    static String change(long seq, UUID id, String data) {
        return "{\"seq\":" + seq + ",\"kind\":\"DOSSIER\",\"key\":\"" + id + "\",\"deleted\":false,\"data\":" + data
                + ",\"unknownEnvelope\":[1]}";
    }

    static String data(UUID id, String code, String status, int statusCode, long version, String extra,
                       String progress) {
        return "{\"dossier\":" + dossier(id, code, status, version, extra) + ",\"status\":" + statusCode
                + ",\"version\":" + version + ",\"progress\":" + progress
                + ",\"attachments\":[],\"apologies\":null,\"by\":{\"deviceId\":\"dev-7\",\"deskNo\":2},"
                + "\"unknownData\":{\"deep\":[{\"x\":\"y\"}]}}";
    }

    static String page(List<String> changes, String next, boolean more) {
        return "{\"protocol\":1,\"changes\":[" + String.join(",", changes) + "],\"nextCursor\":\"" + next
                + "\",\"hasMore\":" + more + "}";
    }

    /** Two pages: new dossiers of every shape, then changes of some of them (status, version, log, extras). */
    static List<String> pages() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        String logbook = ",\"logbook\":{\"volume\":\"2026-HT\",\"line\":17}";
        String payment = ",\"payment\":{\"amountVnd\":50000,\"method\":\"CASH\",\"paidAt\":\"2026-04-28T10:00\","
                + "\"paidBy\":\"quay1\",\"note\":null}";
        for (int i = 0; i < 12; i++) {
            UUID id = new UUID(0x1234L, i + 1);
            String code = "000.00.01.H12-260427-" + String.format("%04d", i + 1);
            String extra = (i % 2 == 0 ? "submitter " : "") + (i % 3 == 0 ? "unknown" : "");
            String received = entry("2026-04-27T08:15", "NEW", "Tiếp nhận hồ sơ", i % 4 == 0 ? logbook : "");
            first.add(change(i + 1, id, data(id, code, "NEW", 2, 1, extra, i == 5 ? "[]" : "[" + received + "]")));
            if (i % 3 == 1) {
                String moved = entry("2026-04-28T09:00:30", "PROCESSING", "Chuyển xử lý", i == 4 ? payment : "");
                second.add(change(100 + i, id, data(id, code, "PROCESSING", 4, 2, extra,
                        "[" + received + "," + moved + "]")));
            } else if (i == 6) {
                // same status and version, a longer log: only the log is replaced
                second.add(change(100 + i, id, data(id, code, "NEW", 2, 1, extra, "[" + received + ","
                        + entry("2026-04-27T09:00", "NEW", "Ghi chú", "") + "]")));
            } else if (i == 8) {
                // an entry that breaks its record's rule (blank action): the local log stays
                second.add(change(100 + i, id, data(id, code, "NEW", 2, 3, extra, "[" + received + ","
                        + entry("2026-04-27T09:00", "NEW", " ", "") + "]")));
            }
        }
        return List.of(page(first, "12", true), page(second, "111", false));
    }

    // ---- the same rows ------------------------------------------------------------------------------------------

    @Test
    void aPageWithEveryMemberKind_appliesToTheSameRows_asTheTreeReading() throws Exception {
        List<String> pages = pages();
        for (String p : pages) {
            PulledPage typed = PulledPage.read(p.getBytes(StandardCharsets.UTF_8));
            assertThat(typed.changes()).allSatisfy(ch -> {
                assertThat(ch.hasBytes()).isTrue();
                assertThat(ch.plain()).isTrue();
                assertThat(DossierData.typed(ch.bytes(), ch.from(), ch.to())).as("typed reading answers").isNotNull();
            });
        }
        List<List<String>> tree = applyAll(dir.resolve("tree"), pages, false);
        List<List<String>> bytes = applyAll(dir.resolve("bytes"), pages, true);
        assertThat(tree.get(0)).as("dossiers").hasSize(12);
        assertThat(bytes).isEqualTo(tree);
    }

    @Test
    void eachDossierChange_readsToTheSameValues_typedOrByTree() throws Exception {
        for (String p : pages()) {
            JsonNode whole = WireJson.mapper().readValue(p, JsonNode.class);
            PulledPage typed = PulledPage.read(p.getBytes(StandardCharsets.UTF_8));
            assertThat(typed.head().get("nextCursor")).isEqualTo(whole.get("nextCursor"));
            assertThat(typed.head().get("hasMore")).isEqualTo(whole.get("hasMore"));
            assertThat(typed.changes()).hasSize(whole.get("changes").size());
            for (int i = 0; i < typed.changes().size(); i++) {
                PulledChange ch = typed.changes().get(i);
                JsonNode old = whole.get("changes").get(i);
                JsonNode envelope = old.deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) envelope).remove("data");
                assertThat(ch.envelope()).isEqualTo(envelope);
                assertThat(ch.data()).isEqualTo(old.get("data"));
                assertThat(ch.data().toString()).isEqualTo(old.get("data").toString());
                assertSame(DossierData.typed(ch.bytes(), ch.from(), ch.to()), PullApplier.read(old.get("data")));
            }
        }
    }

    /** Shapes the typed reading leaves to the tree: it says so (null), and the applier still applies them. */
    @Test
    void oddShapes_fallBackToTheTreeReading_withTheSameOutcome() throws Exception {
        UUID id = new UUID(0x99L, 1);
        String base = data(id, "000.00.01.H12-260427-0099", "NEW", 2, 1, "",
                "[" + entry("2026-04-27T08:15", "NEW", "Tiếp nhận hồ sơ", "") + "]");
        List<String> odd = List.of(
                base.replace("\"sets\":1", "\"sets\":1.0"),                       // a float where an int is
                base.replace("\"deskNo\":1", "\"deskNo\":-0"),                      // -0
                base.replace("\"status\":2,", "\"status\":\"2\","),                 // status as text
                base.replace("\"version\":1,\"progress\"", "\"version\":1,\"version\":1,\"progress\""), // twice
                base.replace("\"at\":\"2026-04-27T08:15\"", "\"at\":\" 2026-04-27T08:15 \""), // spaces around
                base.replace("\"at\":\"2026-04-27T08:15\"", "\"at\":\"2026-04-27T08:15:00Z\""), // with Z
                base.replace("\"actor\":\"Nguyễn Thị Quản Trị\"", "\"actor\":12"),  // a number as text
                base.replace("\"attachments\":[]", "\"attachments\":[{\"id\":null}]"),
                base.replace("\"status\":\"NEW\",\"interop", "\"status\":\"new\",\"interop"),
                base.replace("\"progress\":[", "\"progress\":[\"entry\","),
                base.replace("\"dossier\":{", "\"dossier\":null,\"x\":{"));
        for (String d : odd) {
            String p = page(List.of(change(1, id, d)), "1", false);
            PulledPage typed = PulledPage.read(p.getBytes(StandardCharsets.UTF_8));
            PulledChange ch = typed.changes().get(0);
            DossierData t = ch.plain() ? DossierData.typed(ch.bytes(), ch.from(), ch.to()) : null;
            assertThat(t).as(d).isNull();
        }
        // the typed reading's own local-time reader gives what Jackson's does for the shapes it leaves to it
        String zoned = base.replace("\"receivedAt\":\"2026-04-27T08:15\"", "\"receivedAt\":\"2026-04-27T08:15:00Z\"");
        PulledPage p = PulledPage.read(page(List.of(change(1, id, zoned)), "1", false)
                .getBytes(StandardCharsets.UTF_8));
        PulledChange ch = p.changes().get(0);
        assertSame(DossierData.typed(ch.bytes(), ch.from(), ch.to()), PullApplier.read(ch.data()));
        // and every odd page applies as the tree reading applies it
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < odd.size(); i++) {
            UUID each = new UUID(0x99L, i + 1);
            pages.add(page(List.of(change(i + 1, each, odd.get(i).replace(id.toString(), each.toString())
                    .replace("-0099", String.format("-%04d", 100 + i)))), String.valueOf(i + 1), true));
        }
        assertThat(applyAll(dir.resolve("odd-bytes"), pages, true))
                .isEqualTo(applyAll(dir.resolve("odd-tree"), pages, false));
    }

    // ---- bad pages ----------------------------------------------------------------------------------------------

    @Test
    void aPageThatIsNotJson_failsWithTheSameError_andAnOddOneReadsAsBefore() throws Exception {
        String good = pages().get(0);
        Random rnd = new Random(18);
        List<String> bad = new ArrayList<>(List.of("", " ", "{", "[]", "null", "{\"changes\":[]}{}", good + "x",
                good.substring(0, good.length() / 2), good.replace("\"data\":{", "\"data\":{,"),
                "{\"changes\":{}, \"nextCursor\":\"1\"}", "{\"changes\":[1,2], \"nextCursor\":\"1\"}",
                "{\"changes\":[{\"data\":null,\"kind\":\"DOSSIER\"}], \"nextCursor\":7}"));
        for (int i = 0; i < 40; i++) {
            int cut = rnd.nextInt(good.length());
            bad.add(good.substring(0, cut));
            bad.add(good.substring(0, cut) + "}" + good.substring(cut));
        }
        for (String b : bad) {
            byte[] bytes = b.getBytes(StandardCharsets.UTF_8);
            JsonNode old;
            try {
                old = WireJson.mapper().readValue(b, JsonNode.class);
            } catch (JsonProcessingException e) {
                assertThatThrownBy(() -> PulledPage.read(bytes)).as(b).isInstanceOf(e.getClass())
                        .extracting(x -> ((JsonProcessingException) x).getOriginalMessage())
                        .isEqualTo(e.getOriginalMessage());
                continue;
            }
            assertSamePage(PulledPage.read(bytes), old);
        }
        // bytes String decoding replaces (a lone continuation byte, an overlong slash, a surrogate) read as before
        String p = pages().get(1);
        int at = p.indexOf("Khai sinh cho con") + 4;
        for (byte[] odd : new byte[][] {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE1, (byte) 0x80}}) {
            byte[] head = p.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] tail = p.substring(at).getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + odd.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(odd, 0, all, head.length, odd.length);
            System.arraycopy(tail, 0, all, head.length + odd.length, tail.length);
            assertThat(PulledPage.strictUtf8(all)).isFalse();
            assertSamePage(PulledPage.read(all), WireJson.mapper().readValue(new String(all, StandardCharsets.UTF_8),
                    JsonNode.class));
        }
        assertThat(PulledPage.strictUtf8(p.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(PulledPage.strictUtf8("𝔸ư".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void strictUtf8_agreesWithTheJdkDecoder_onRandomBytes() {
        Random rnd = new Random(37);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[rnd.nextInt(8)];
            for (int k = 0; k < b.length; k++) {
                int r = rnd.nextInt(4);
                b[k] = (byte) (r == 0 ? rnd.nextInt(128) : r == 1 ? 0x80 + rnd.nextInt(64) : 0xC0 + rnd.nextInt(64));
            }
            boolean jdk;
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
                jdk = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                jdk = false;
            }
            assertThat(PulledPage.strictUtf8(b)).as(java.util.HexFormat.of().formatHex(b)).isEqualTo(jdk);
        }
    }

    private static void assertSamePage(PulledPage page, JsonNode old) {
        PulledPage before = PulledPage.ofTree(old);
        if (before == null) {
            assertThat(page).isNull();
            return;
        }
        assertThat(page.head().path("nextCursor")).isEqualTo(old.path("nextCursor"));
        assertThat(page.head().path("hasMore")).isEqualTo(old.path("hasMore"));
        assertThat(page.changes() == null).isEqualTo(before.changes() == null);
        if (page.changes() != null) {
            assertThat(page.changes()).hasSize(before.changes().size());
        }
    }

    private static void assertSame(DossierData typed, DossierData tree) {
        assertThat(typed).isNotNull();
        assertThat(typed.dossier()).isEqualTo(tree.dossier());
        assertThat(typed.log()).isEqualTo(tree.log());
        assertThat(typed.files()).isEqualTo(tree.files());
        assertThat(typed.by()).isEqualTo(tree.by());
        List<JsonNode> a = new ArrayList<>();
        List<JsonNode> b = new ArrayList<>();
        typed.progress().forEach(e -> a.add(extras(e)));
        tree.progress().forEach(e -> b.add(extras(e)));
        assertThat(a).isEqualTo(b);
    }

    private static JsonNode extras(JsonNode e) {
        var o = WireJson.mapper().createObjectNode();
        ProgressExtras.of(e, ProgressExtras.LOGBOOK).ifPresent(x -> o.set("logbook", x));
        ProgressExtras.of(e, ProgressExtras.PAYMENT).ifPresent(x -> o.set("payment", x));
        return o;
    }

    /** Applies the pages on a new desk, by bytes or by the old tree; the rows the pull writes, table by table. */
    private static List<List<String>> applyAll(Path at, List<String> pages, boolean bytes) throws Exception {
        try (DeskFixture desk = DeskFixture.create(at, 1, NOW)) {
            PullApplier applier = new PullApplier(new DossierRepository(), new SyncOutboxRepository(),
                    new SyncStateRepository(), new RatingRepository(), new ProcedureRepository(),
                    new CalendarRepository(), new vn.motcua.store.AttachmentRepository(),
                    new vn.motcua.store.AuditRepository());
            for (String p : pages) {
                List<PulledChange> changes = bytes ? PulledPage.read(p.getBytes(StandardCharsets.UTF_8)).changes()
                        : PulledPage.ofTree(WireJson.mapper().readValue(p, JsonNode.class)).changes();
                desk.ctx().database().write(c -> {
                    PullApplier.Tally t = new PullApplier.Tally();
                    for (PulledChange ch : changes) {
                        if (bytes) {
                            applier.apply(c, ch, NOW, t);
                        } else {
                            applier.apply(c, ch.envelope(), NOW, t);
                        }
                    }
                    return null;
                });
            }
            List<List<String>> out = new ArrayList<>();
            desk.ctx().database().read(c -> {
                for (String q : List.of("SELECT * FROM dossier ORDER BY code",
                        "SELECT p.* FROM progress p ORDER BY dossier_id, id",
                        "SELECT * FROM logbook_line ORDER BY dossier_id", "SELECT * FROM fee_payment ORDER BY dossier_id",
                        "SELECT * FROM dossier_state ORDER BY 1",
                        "SELECT action, dossier_id, detail FROM audit WHERE actor = 'sync' ORDER BY id")) {
                    List<String> rows = new ArrayList<>();
                    try (var st = c.createStatement(); ResultSet rs = st.executeQuery(q)) {
                        ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            StringBuilder sb = new StringBuilder();
                            for (int k = 1; k <= md.getColumnCount(); k++) {
                                sb.append(md.getColumnName(k)).append('=').append(rs.getString(k)).append(' ');
                            }
                            rows.add(sb.toString());
                        }
                    }
                    out.add(rows);
                }
                return null;
            });
            return out;
        }
    }
}
