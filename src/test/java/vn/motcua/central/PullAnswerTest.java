package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.bench.SyntheticDossiers;
import vn.motcua.central.store.DossierRepository.DossierChange;
import vn.motcua.central.store.DossierRepository.PulledProgress;
import vn.motcua.central.store.TrustRepository.Apology;
import vn.motcua.central.sync.PullAnswer;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.sync.wire.AttachmentMeta;
import vn.motcua.sync.wire.ChangeKind;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.WireJson;

/**
 * The pull answer is streamed with one JSON generator (issue 18); older desks read it, so it must be the very bytes
 * the route wrote before, when it built the page as Jackson trees ({@link PullAnswer#toPage()} written by the wire
 * mapper).
 */
class PullAnswerTest {

    private static byte[] streamed(PullAnswer a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        a.writeTo(out);
        return out.toByteArray();
    }

    private static byte[] trees(PullAnswer a) throws Exception {
        return WireJson.mapper().writeValueAsBytes(a.toPage());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void streamedPage_isByteForByteTheTreeBuiltOne_forEveryShapeOfChange() throws Exception {
        String d1 = UUID.randomUUID().toString();
        String d2 = UUID.randomUUID().toString();
        String d3 = UUID.randomUUID().toString();
        // stored JSON as the database holds it: unicode (NFC and a combining mark), escapes, an emoji
        byte[] dossier1 = utf8("{\"id\":\"" + d1 + "\",\"applicant\":{\"fullName\":\"Nguyễn Văn Đức\",\"address\":"
                + "\"Thôn 3, xã Quảng Phú \\\"Bắc\\\"\"},\"note\":\"Tiếng Việt có dấu e\u0301 😀\",\"sets\":1}");
        byte[] dossier2 = utf8("{\"id\":\"" + d2 + "\",\"code\":\"000.00.01.H22-260429-0001\"}");
        byte[] dossier3 = utf8("{}");
        List<PullAnswer.Entry> page = new ArrayList<>();
        page.add(new PullAnswer.Entry(3, ChangeKind.DOSSIER, d1,
                new DossierChange(3, d1, 2, 4, dossier1, "dev-1", 7), null));
        ObjectNode rating = WireJson.mapper().createObjectNode();
        rating.put("dossierCode", "000.00.01.H22-260429-0001");
        rating.put("level", "SATISFIED");
        rating.putNull("reason");
        rating.set("criteria", WireJson.mapper().readTree("{\"thaiDo\":5,\"ghiChu\":\"Rất tốt — cảm ơn\"}"));
        rating.put("ratedAt", "2026-04-29T08:30:00Z");
        page.add(new PullAnswer.Entry(4, ChangeKind.RATING, "000.00.01.H22-260429-0001", null, rating));
        page.add(new PullAnswer.Entry(5, ChangeKind.DOSSIER, d2,
                new DossierChange(5, d2, 1, 1, dossier2, "dev-2", null), null));
        page.add(new PullAnswer.Entry(6, ChangeKind.DOSSIER, d3,
                new DossierChange(6, d3, 9, 12, dossier3, null, null), null));
        ObjectNode account = WireJson.mapper().createObjectNode();
        account.put("username", "canbo1");
        account.put("fullName", "Trần Thị Bích Ngọc");
        account.put("active", true);
        page.add(new PullAnswer.Entry(7, ChangeKind.ACCOUNT, "canbo1", null, account));
        ObjectNode document = WireJson.mapper().createObjectNode();
        document.put("version", 3);
        document.putRawValue("document", new com.fasterxml.jackson.databind.util.RawValue("{\"tên\":\"Thủ tục\"}"));
        page.add(new PullAnswer.Entry(8, ChangeKind.CATALOG, "CATALOG", null, document));

        Map<String, List<PulledProgress>> progress = Map.of(
                d1, List.of(new PulledProgress(utf8("{\"at\":\"2026-04-29T08:30\",\"action\":\"Tiếp nhận hồ sơ\","
                                + "\"status\":\"NEW\"}"), null, null, 0, null),
                        // a row stored before the server kept the desk's entry, with and without a note
                        new PulledProgress(null, "2026-04-29T09:00", "Chuyển xử lý", 2, "Thiếu bản sao — “gấp”"),
                        new PulledProgress(null, "2026-04-29T09:30", "Bổ sung", 99, null)),
                d2, List.of(new PulledProgress(utf8("{\"at\":\"x\"}"), null, null, 0, null)));
        Map<String, List<AttachmentMeta>> attachments = Map.of(d1, List.of(
                new AttachmentMeta(UUID.randomUUID(), UUID.fromString(d1), 0, "Tờ khai theo mẫu", "ab".repeat(32),
                        "tờ-khai.pdf", "application/pdf", 12345, "2026-04-29T08:31", "canbo1"),
                new AttachmentMeta(UUID.randomUUID(), UUID.fromString(d1), 1, null, "cd".repeat(32), "a.jpg",
                        "image/jpeg", 1, "2026-04-29T08:32", null)));
        Map<String, List<Apology>> apologies = Map.of(d1, List.of(
                new Apology("ev-1", d1, "000.00.01.H22", "Mất điện — xin lỗi ông/bà", "2026-05-04T08:00",
                        "2026-05-06T08:00", "2026-04-30T10:00", "canbo1", "dev-1"),
                new Apology("ev-2", d1, "000.00.01.H22", null, null, "2026-05-07T08:00", "2026-04-30T11:00", null,
                        "dev-1")));

        for (boolean more : new boolean[] {true, false}) {
            PullAnswer a = new PullAnswer(page, "8", more, progress, attachments, apologies);
            byte[] s = streamed(a);
            assertThat(new String(s, StandardCharsets.UTF_8)).isEqualTo(new String(trees(a), StandardCharsets.UTF_8));
            assertThat(s).isEqualTo(trees(a));
            // and it is the JSON a desk reads: the dossier's own bytes, the unicode intact
            JsonNode back = WireJson.mapper().readTree(s);
            assertThat(back.get("changes")).hasSize(6);
            assertThat(back.at("/changes/0/data/dossier/applicant/fullName").asText()).isEqualTo("Nguyễn Văn Đức");
            assertThat(back.at("/changes/0/data/progress/1/note").asText()).isEqualTo("Thiếu bản sao — “gấp”");
            assertThat(back.at("/changes/0/data/apologies/1/reason").isNull()).isTrue();
            assertThat(back.at("/changes/0/data/by/deskNo").asInt()).isEqualTo(7);
            assertThat(back.at("/changes/2/data/by").has("deskNo")).isFalse();
            assertThat(back.at("/changes/3/data").has("by")).isFalse();
            assertThat(back.get("hasMore").asBoolean()).isEqualTo(more);
        }
        PullAnswer empty = new PullAnswer(List.of(), "42", false, Map.of(), Map.of(), Map.of());
        assertThat(streamed(empty)).isEqualTo(trees(empty));
        assertThat(new String(streamed(empty), StandardCharsets.UTF_8))
                .isEqualTo("{\"protocol\":1,\"changes\":[],\"nextCursor\":\"42\",\"hasMore\":false}");
    }

    /** Through the real server: what a desk receives is what the tree-built page of the same read would be. */
    @Test
    void pullOverHttp_isTheTreeBuiltPage(@TempDir Path dir) throws Exception {
        try (CentralFixture f = CentralFixture.sqlite(dir)) {
            CentralFixture.Desk desk = f.enroll(CentralFixture.OFFICE_A, 1);
            SyntheticDossiers gen = new SyntheticDossiers(5, CentralFixture.OFFICE_A, 1, LocalDate.of(2026, 4, 29));
            List<PushEvent> events = new ArrayList<>();
            List<SyntheticDossiers.Made> made = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                var m = gen.dossier(i);
                made.add(m);
                events.add(gen.received(m));
                events.add(gen.transition(m, DossierAction.TRANSFER, null));
                if (i % 3 == 0) {
                    events.add(gen.transition(m, DossierAction.REQUEST_SUPPLEMENT, "Thiếu bản sao giấy khai sinh — "
                            + "“bổ sung” e\u0301"));
                }
            }
            assertThat(f.push(desk, events).statusCode()).isEqualTo(200);
            var device = f.ctx.auth().authenticate("Bearer " + desk.token());
            String since = "0";
            int pages = 0;
            while (true) {
                HttpResponse<byte[]> r = f.http.send(HttpRequest.newBuilder(f.uri("/api/v1/pull?since=" + since
                        + "&limit=5")).header("Authorization", "Bearer " + desk.token()).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
                byte[] old = WireJson.mapper().writeValueAsBytes(f.ctx.pull().pull(device, since, "5"));
                assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(new String(old,
                        StandardCharsets.UTF_8));
                JsonNode page = WireJson.mapper().readTree(r.body());
                pages++;
                since = page.get("nextCursor").asText();
                if (!page.get("hasMore").asBoolean()) {
                    assertThat(page.get("changes").size()).isLessThanOrEqualTo(5);
                    break;
                }
                assertThat(page.get("changes")).hasSize(5);
            }
            assertThat(pages).isEqualTo(3);
            // up to date, and a cursor from the future: empty pages with the cursor given back, as before
            for (String at : List.of(since, "999999")) {
                HttpResponse<String> r = f.pull(desk, "?since=" + at);
                assertThat(r.body()).isEqualTo("{\"protocol\":1,\"changes\":[],\"nextCursor\":\"" + at
                        + "\",\"hasMore\":false}");
                assertThat(r.body()).isEqualTo(WireJson.mapper().writeValueAsString(f.ctx.pull().pull(device, at,
                        null)));
            }
            // a new change after the desk caught up comes down on the next pull
            assertThat(f.push(desk, List.of(gen.transition(made.get(0), DossierAction.SUPPLEMENT_RECEIVED, null)))
                    .statusCode()).isEqualTo(200);
            JsonNode next = CentralFixture.json(f.pull(desk, "?since=" + since));
            assertThat(next.get("changes")).hasSize(1);
            assertThat(next.at("/changes/0/key").asText()).isEqualTo(made.get(0).id().toString());
            assertThat(Long.parseLong(next.get("nextCursor").asText())).isGreaterThan(Long.parseLong(since));
        }
    }
}
