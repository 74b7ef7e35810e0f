package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.CentralFixture.Desk;
import vn.motcua.central.bench.SyntheticDossiers;
import vn.motcua.central.store.DocumentRepository;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.rating.RatingToken;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.WireJson;

/**
 * The central server's behaviour through real HTTP, run once per database (SQLite always, PostgreSQL when
 * configured): enrollment, push, pull, the rating and lookup pages, and hostile input.
 */
abstract class CentralServerContract {
    @TempDir
    Path dir;
    CentralFixture f;
    Desk deskA1;
    SyntheticDossiers genA1;

    abstract CentralFixture start(Path dir, CentralConfig.RateLimits limits) throws Exception;

    @BeforeEach
    void startServer() throws Exception {
        f = start(dir, CentralFixture.generous());
        deskA1 = f.enroll(CentralFixture.OFFICE_A, 1);
        genA1 = new SyntheticDossiers(1, CentralFixture.OFFICE_A, 1, LocalDate.of(2026, 4, 29));
    }

    @AfterEach
    void stopServer() {
        if (f != null) {
            f.close();
        }
    }

    // ---------------------------------------------------------------- enrollment

    @Test
    void enroll_codeWorksOnce_andSecondUseIsRefused() throws Exception {
        String code = f.ctx.enrollment().issue(CentralFixture.OFFICE_A, 2, Duration.ofHours(1)).enrollmentCode();
        String body = "{\"protocol\":1,\"enrollmentCode\":\"" + code.toLowerCase() + "\",\"ratingSecret\":\""
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}";
        HttpResponse<String> first = f.postJson("/api/v1/enroll", null, body);
        assertThat(first.statusCode()).isEqualTo(201);
        JsonNode e = CentralFixture.json(first);
        assertThat(e.get("officeCode").asText()).isEqualTo(CentralFixture.OFFICE_A);
        assertThat(e.get("deskNo").asInt()).isEqualTo(2);
        assertThat(e.get("deviceToken").asText()).hasSizeGreaterThanOrEqualTo(43);

        HttpResponse<String> replay = f.postJson("/api/v1/enroll", null, body);
        assertThat(replay.statusCode()).isEqualTo(409);
        assertThat(CentralFixture.json(replay).get("error").asText()).isEqualTo("ENROLLMENT_CODE_USED");
        assertThat(CentralFixture.json(replay).get("message").asText())
                .isEqualTo("Mã đăng ký này đã được dùng; xin quản trị viên cấp mã mới.");
    }

    @Test
    void enroll_refusesExpiredUnknownCodesAndWeakSecrets() throws Exception {
        String code = f.ctx.enrollment().issue(CentralFixture.OFFICE_A, 3, Duration.ofHours(1)).enrollmentCode();
        f.clock.advance(Duration.ofHours(2));
        String secret = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assertThat(f.postJson("/api/v1/enroll", null, "{\"protocol\":1,\"enrollmentCode\":\"" + code
                + "\",\"ratingSecret\":\"" + secret + "\"}").statusCode()).isEqualTo(410);
        assertThat(f.postJson("/api/v1/enroll", null, "{\"protocol\":1,\"enrollmentCode\":\"NOPE-NOPE\","
                + "\"ratingSecret\":\"" + secret + "\"}").statusCode()).isEqualTo(403);
        String fresh = f.ctx.enrollment().issue(CentralFixture.OFFICE_A, 3, Duration.ofHours(1)).enrollmentCode();
        HttpResponse<String> weak = f.postJson("/api/v1/enroll", null, "{\"protocol\":1,\"enrollmentCode\":\""
                + fresh + "\",\"ratingSecret\":\"short\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(CentralFixture.json(weak).get("error").asText()).isEqualTo("INVALID_RATING_SECRET");
        assertThat(f.count("device")).isEqualTo(1);
    }

    // ---------------------------------------------------------------- push

    @Test
    void push_acceptsOrderedBatch_andReplayIsDuplicate() throws Exception {
        var m = genA1.dossier(0);
        List<PushEvent> events = List.of(genA1.received(m), genA1.transition(m, DossierAction.TRANSFER, null),
                genA1.transition(m, DossierAction.REQUEST_SUPPLEMENT, "Thiếu bản sao giấy khai sinh"),
                genA1.transition(m, DossierAction.SUPPLEMENT_RECEIVED, null));
        HttpResponse<String> r = f.push(deskA1, events);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(outcomes(r)).containsExactly("accepted", "accepted", "accepted", "accepted");
        assertThat(f.count("sync_event")).isEqualTo(4);
        assertThat(f.count("progress")).isEqualTo(4);

        HttpResponse<String> again = f.push(deskA1, events);
        assertThat(outcomes(again)).containsExactly("duplicate", "duplicate", "duplicate", "duplicate");
        assertThat(f.count("sync_event")).isEqualTo(4);
        assertThat(f.count("progress")).isEqualTo(4);
    }

    @Test
    void push_rejectsImpossibleTransitionInServerOrder_andTheBatchGoesOn() throws Exception {
        var m = genA1.dossier(0);
        var other = genA1.dossier(1);
        PushEvent received = genA1.received(m);
        PushEvent handOverTooEarly = genA1.transition(m, DossierAction.RETURN_RESULT, null);
        PushEvent otherReceived = genA1.received(other);
        HttpResponse<String> r = f.push(deskA1, List.of(received, handOverTooEarly, otherReceived));
        assertThat(outcomes(r)).containsExactly("accepted", "rejected", "accepted");
        JsonNode rejected = CentralFixture.json(r).get("results").get(1);
        assertThat(rejected.get("code").asText()).isEqualTo("TRANSITION_REFUSED");
        assertThat(rejected.get("message").asText()).contains("trả kết quả").contains("Được tiếp nhận").contains("Chuyển xử lý");
        assertThat(f.count("sync_event")).isEqualTo(2);

        // a second desk of the same office finishing the dossier first: the first desk's stale change is refused
        Desk deskA2 = f.enroll(CentralFixture.OFFICE_A, 2);
        var m2 = genA1.dossier(2);
        assertThat(outcomes(f.push(deskA1, List.of(genA1.received(m2),
                genA1.transition(m2, DossierAction.TRANSFER, null))))).containsOnly("accepted");
        assertThat(outcomes(f.push(deskA2, List.of(genA1.transition(m2, DossierAction.FINISH, null)))))
                .containsExactly("accepted");
        assertThat(outcomes(f.push(deskA1, List.of(genA1.transition(m2, DossierAction.REQUEST_PAYMENT, null)))))
                .containsExactly("rejected");
    }

    @Test
    void push_theAgencyStaysThroughASupplement_andV14PutsBackWhatOlderServersForgot() throws Exception {
        var m = genA1.dossier(0);
        assertThat(outcomes(f.push(deskA1, List.of(genA1.received(m), genA1.transition(m, DossierAction.TRANSFER,
                null), genA1.transition(m, DossierAction.INTEROP_SEND, "Sở Tư pháp"),
                genA1.transition(m, DossierAction.REQUEST_SUPPLEMENT, "Thiếu bản sao giấy khai sinh")))))
                .containsOnly("accepted");
        assertThat(f.interopAgency(m.id())).isEqualTo("Sở Tư pháp");

        // a server before V14 had forgotten the agency here; V14 puts it back from the dossier's JSON
        f.ctx.database().run(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE dossier SET interop_agency = NULL");
                st.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '14'");
            }
        });
        f.migrateAgain();
        assertThat(f.interopAgency(m.id())).isEqualTo("Sở Tư pháp");

        assertThat(outcomes(f.push(deskA1, List.of(genA1.transition(m, DossierAction.SUPPLEMENT_RECEIVED, null),
                genA1.transition(m, DossierAction.INTEROP_RETURN, null))))).containsExactly("accepted", "accepted");
        assertThat(f.interopAgency(m.id())).isNull();
    }

    @Test
    void push_unknownDossierOrSecondReceive_areRejectedPerEvent() throws Exception {
        var m = genA1.dossier(0);
        PushEvent transfer = genA1.transition(genA1.dossier(5), DossierAction.TRANSFER, null);
        HttpResponse<String> r = f.push(deskA1, List.of(transfer, genA1.received(m), genA1.received(m)));
        JsonNode results = CentralFixture.json(r).get("results");
        assertThat(results.get(0).get("code").asText()).isEqualTo("UNKNOWN_DOSSIER");
        assertThat(results.get(1).get("outcome").asText()).isEqualTo("accepted");
        assertThat(results.get(2).get("code").asText()).isEqualTo("ALREADY_RECEIVED");
    }

    // ---------------------------------------------------------------- hostile input

    @Test
    void hostile_malformedJsonUnknownTypeAndBadFields_are400_andNothingIsStored() throws Exception {
        assertRefused(f.postJson("/api/v1/push", deskA1.token(), "{\"protocol\":1,\"events\":[{"), 400,
                "MALFORMED_JSON");
        assertRefused(f.postJson("/api/v1/push", deskA1.token(), "[1,2,3]"), 400, "MALFORMED_JSON");
        assertRefused(f.postJson("/api/v1/push", deskA1.token(), "{\"protocol\":1,\"events\":[]} trailing"), 400,
                "MALFORMED_JSON");
        assertRefused(f.postJson("/api/v1/push", deskA1.token(), "null"), 400, "MALFORMED_JSON");

        var m = genA1.dossier(0);
        PushEvent good = genA1.received(m);
        PushEvent weird = new PushEvent(UUID.randomUUID(), 9, "DOSSIER_TELEPORTED", m.id(), good.occurredAt(),
                good.payload());
        HttpResponse<String> unknown = f.push(deskA1, List.of(good, weird));
        assertRefused(unknown, 400, "UNKNOWN_EVENT_TYPE");
        assertThat(CentralFixture.json(unknown).get("index").asInt()).isEqualTo(1);
        assertThat(CentralFixture.json(unknown).get("eventId").asText()).isEqualTo(weird.eventId().toString());
        // the reason is a message key rendered in Vietnamese, the event's number around it (decision 0025)
        assertThat(CentralFixture.json(unknown).get("message").asText())
                .isEqualTo("Sự kiện thứ 2: Loại sự kiện không được hỗ trợ: «DOSSIER_TELEPORTED».");

        var broken = good.payload().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("dossier")).put("code", "not-a-code");
        assertRefused(f.push(deskA1, List.of(new PushEvent(UUID.randomUUID(), 1, "DOSSIER_RECEIVED", m.id(),
                good.occurredAt(), broken))), 400, "INVALID_EVENT");
        assertRefused(f.postJson("/api/v1/push", deskA1.token(), "{\"protocol\":1,\"events\":[{\"eventId\":"
                + "\"not-a-uuid\"}]}"), 400, "MALFORMED_JSON");
        assertRefused(f.postJson("/api/v1/push", deskA1.token(), "{\"protocol\":7,\"events\":[]}"), 400,
                "UNSUPPORTED_PROTOCOL");

        assertThat(f.count("sync_event")).isZero();
        assertThat(f.count("dossier")).isZero();
    }

    @Test
    void hostile_oversizedBodiesAndBatches_are413() throws Exception {
        String huge = "{\"protocol\":1,\"events\":[],\"pad\":\"" + "x".repeat(300 * 1024) + "\"}";
        // every time an answer, never a reset connection: a desk halves its batch on a 413 but retries on a reset
        for (int i = 0; i < 30; i++) {
            assertRefused(f.postJson("/api/v1/push", deskA1.token(), huge), 413, "PAYLOAD_TOO_LARGE");
        }
        List<PushEvent> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(new PushEvent(UUID.randomUUID(), i, "DOSSIER_RECEIVED", UUID.randomUUID(), null, null));
        }
        assertRefused(f.push(deskA1, many), 413, "BATCH_TOO_LARGE");
        assertThat(f.count("sync_event")).isZero();
    }

    @Test
    void hostile_missingForgedOrRevokedTokens_are401() throws Exception {
        String batch = "{\"protocol\":1,\"events\":[]}";
        assertRefused(f.postJson("/api/v1/push", null, batch), 401, "UNAUTHORIZED");
        assertRefused(f.postJson("/api/v1/push", deskA1.token() + "x", batch), 401, "UNAUTHORIZED");
        HttpResponse<String> basic = f.send(HttpRequest.newBuilder(f.uri("/api/v1/pull"))
                .header("Authorization", "Basic YWRtaW46YWRtaW4=").GET().build());
        assertRefused(basic, 401, "UNAUTHORIZED");

        assertThat(f.postJson("/api/v1/push", deskA1.token(), batch).statusCode()).isEqualTo(200);
        f.ctx.admin().revoke(deskA1.deviceId());
        assertRefused(f.postJson("/api/v1/push", deskA1.token(), batch), 401, "DEVICE_REVOKED");
        assertRefused(f.pull(deskA1, ""), 401, "DEVICE_REVOKED");
        // issue 19: the reason also as a key with its arguments, for the desk to say in its clerk's language
        JsonNode revoked = WireJson.mapper().readTree(f.pull(deskA1, "").body());
        assertThat(revoked.get("key").asText()).isEqualTo("central.auth.revoked");
        assertThat(revoked.get("args").size()).isZero();
        assertThat(revoked.get("message").asText())
                .isEqualTo(vn.motcua.domain.text.Msg.of("central.auth.revoked").vi());
    }

    @Test
    void everyDeskRoute_isBehindTheDeviceGate_beforeItsBodyIsRead() throws Exception {
        String sha = "a".repeat(64);
        List<HttpRequest> routes = List.of(
                HttpRequest.newBuilder(f.uri("/api/v1/pull")).GET().build(),
                HttpRequest.newBuilder(f.uri("/api/v1/audit-head")).GET().build(),
                HttpRequest.newBuilder(f.uri("/api/v1/rating-key")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"protocol\":1}")).build(),
                HttpRequest.newBuilder(f.uri("/api/v1/blobs/" + sha + "/status")).GET().build(),
                HttpRequest.newBuilder(f.uri("/api/v1/blobs/" + sha)).GET().build(),
                HttpRequest.newBuilder(f.uri("/api/v1/blobs/" + sha + "?offset=0&size=1&type=application/pdf"))
                        .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpRequest.newBuilder(f.uri("/api/v1/attachments")).header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("not json")).build());
        for (HttpRequest r : routes) {
            // no token: 401 before the media type or the body is looked at (a 415/400 would mean it was)
            assertRefused(f.send(r), 401, "UNAUTHORIZED");
        }
        // the enrollment is the one API route without a device: a wrong code is judged, not the missing token
        assertRefused(f.postJson("/api/v1/enroll", null, "{\"protocol\":1,\"enrollmentCode\":\"AAAAA-BBBBB\","
                + "\"ratingSecret\":\"" + "k".repeat(43) + "\"}"), 403, "ENROLLMENT_CODE_INVALID");
    }

    @Test
    void hostile_anotherOfficesDevice_isRefused403_andNothingIsStored() throws Exception {
        var m = genA1.dossier(0);
        f.push(deskA1, List.of(genA1.received(m)));
        Desk deskB1 = f.enroll(CentralFixture.OFFICE_B, 1);
        // B tries to move A's dossier
        assertRefused(f.push(deskB1, List.of(genA1.transition(m, DossierAction.TRANSFER, null))), 403,
                "FOREIGN_OFFICE");
        // B tries to register a dossier under A's agency code
        assertRefused(f.push(deskB1, List.of(genA1.received(genA1.dossier(1)))), 403, "FOREIGN_OFFICE");
        assertThat(f.count("sync_event")).isEqualTo(1);
        assertThat(f.count("dossier")).isEqualTo(1);
        // and B's pull shows none of A's dossiers
        assertThat(CentralFixture.json(f.pull(deskB1, "")).get("changes")).isEmpty();
    }

    @Test
    void hostile_wrongMediaTypeWrongMethodAndUnknownPaths_are4xxJson() throws Exception {
        HttpResponse<String> text = f.send(HttpRequest.newBuilder(f.uri("/api/v1/push"))
                .header("Authorization", "Bearer " + deskA1.token()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertRefused(text, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertRefused(f.send(HttpRequest.newBuilder(f.uri("/api/v1/push")).DELETE().build()), 405,
                "METHOD_NOT_ALLOWED");
        assertRefused(f.get("/api/v1/nothing", null), 404, "NOT_FOUND");
        assertRefused(f.pull(deskA1, "?since=-1"), 400, "INVALID_PARAMETER");
        assertRefused(f.pull(deskA1, "?limit=abc"), 400, "INVALID_PARAMETER");
        assertThat(CentralFixture.json(f.pull(deskA1, "?limit=abc")).get("message").asText())
                .isEqualTo("Tham số «limit» phải là số nguyên.");
        assertRefused(f.pull(deskA1, "?limit=100000"), 400, "INVALID_PARAMETER");
    }

    // ---------------------------------------------------------------- pull

    @Test
    void pull_isOfficeScoped_pagesByServerCursor_andCarriesOtherDesksChanges() throws Exception {
        Desk deskA2 = f.enroll(CentralFixture.OFFICE_A, 2);
        List<PushEvent> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var m = genA1.dossier(i);
            events.add(genA1.received(m));
            events.add(genA1.transition(m, DossierAction.TRANSFER, null));
        }
        f.push(deskA1, events);

        JsonNode page1 = CentralFixture.json(f.pull(deskA2, "?since=0&limit=2"));
        assertThat(page1.get("changes")).hasSize(2);
        assertThat(page1.get("hasMore").asBoolean()).isTrue();
        JsonNode page2 = CentralFixture.json(f.pull(deskA2, "?since=" + page1.get("nextCursor").asText()
                + "&limit=2"));
        assertThat(page2.get("changes")).hasSize(1);
        assertThat(page2.get("hasMore").asBoolean()).isFalse();
        JsonNode change = page2.get("changes").get(0);
        assertThat(change.get("kind").asText()).isEqualTo("DOSSIER");
        assertThat(change.get("data").get("status").asInt()).isEqualTo(4);
        assertThat(change.get("data").get("dossier").get("code").asText()).startsWith(CentralFixture.OFFICE_A);
        JsonNode empty = CentralFixture.json(f.pull(deskA2, "?since=" + page2.get("nextCursor").asText()));
        assertThat(empty.get("changes")).isEmpty();
        assertThat(empty.get("nextCursor").asText()).isEqualTo(page2.get("nextCursor").asText());
    }

    @Test
    void pull_handsProvinceDocumentsToEveryOffice_includingOnesAddedLater() throws Exception {
        f.ctx.admin().importDocument(DocumentRepository.CATALOG, "{\"formatVersion\":1,\"procedures\":[]}");
        JsonNode a = CentralFixture.json(f.pull(deskA1, ""));
        assertThat(a.get("changes").get(0).get("kind").asText()).isEqualTo("CATALOG");
        assertThat(a.get("changes").get(0).get("data").get("version").asInt()).isEqualTo(1);
        f.ctx.admin().addOffice("000.00.03.H22", "Xã Mới", false);
        Desk deskC = f.enroll("000.00.03.H22", 1);
        assertThat(CentralFixture.json(f.pull(deskC, "")).get("changes").get(0).get("kind").asText())
                .isEqualTo("CATALOG");
    }

    // ---------------------------------------------------------------- rating page

    @Test
    void rating_forgedOrMissingToken_gets403Page() throws Exception {
        String code = genA1.dossier(0).code();
        String good = RatingToken.of(deskA1.ratingSecret(), code);
        String forged = (good.charAt(0) == 'A' ? "B" : "A") + good.substring(1);
        HttpResponse<String> r = f.get("/r/" + code + "?t=" + forged, null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Liên kết đánh giá không hợp lệ");
        assertThat(f.get("/r/" + code, null).statusCode()).isEqualTo(403);
        assertThat(f.get("/r/" + code + "?t=" + RatingToken.of(deskA1.ratingSecret(), code.replace("-0001",
                "-0002")), null).statusCode()).isEqualTo(403);
        assertThat(f.get("/r/%3Cscript%3E?t=" + good, null).statusCode()).isEqualTo(403);
    }

    @Test
    void rating_showsOfficeAndProcedureOnly_andStoresOneUpdatableRating() throws Exception {
        var m = genA1.dossier(0);
        f.push(deskA1, List.of(genA1.received(m)));
        String url = "/r/" + m.code() + "?t=" + RatingToken.of(deskA1.ratingSecret(), m.code());
        HttpResponse<String> page = f.get(url, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Xã Quảng Phú").contains(m.json().get("procedureName").asText())
                .contains("Rất hài lòng").contains("Không hài lòng")
                .doesNotContain(m.json().get("applicant").get("fullName").asText())
                .doesNotContain(m.idNumber()).doesNotContain(m.phone());
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        String[] csrf = CentralFixture.csrf(page);

        HttpResponse<String> noCsrf = f.postForm(url, null, Map.of("level", "SATISFIED"));
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        HttpResponse<String> noReason = f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "level", "DISSATISFIED"));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("lý do");
        assertThat(f.count("rating")).isZero();

        HttpResponse<String> ok = f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "level", "DISSATISFIED",
                "reason", "Phải chờ quá lâu", "c_attitude", "1"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("Cảm ơn");
        f.clock.advance(Duration.ofHours(2));
        HttpResponse<String> changed = f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "level", "SATISFIED"));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("đã cập nhật");
        assertThat(f.count("rating")).isEqualTo(1);

        JsonNode pulled = CentralFixture.json(f.pull(deskA1, "?since=1"));
        JsonNode rating = pulled.get("changes").get(0);
        assertThat(rating.get("kind").asText()).isEqualTo("RATING");
        assertThat(rating.get("data").get("level").asText()).isEqualTo("SATISFIED");
        assertThat(rating.get("data").get("dossierId").asText()).isEqualTo(m.id().toString());

        f.clock.advance(Duration.ofHours(23));
        HttpResponse<String> late = f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "level", "VERY_SATISFIED"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("đã được đánh giá");
        assertThat(CentralFixture.json(f.pull(deskA1, "?since=1")).get("changes").get(0).get("data").get("level")
                .asText()).isEqualTo("SATISFIED");
    }

    @Test
    void rating_worksBeforeTheDossierSyncs_andIsLinkedWhenItArrives() throws Exception {
        var m = genA1.dossier(0);
        String url = "/r/" + m.code() + "?t=" + RatingToken.of(deskA1.ratingSecret(), m.code());
        HttpResponse<String> page = f.get(url, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đang cập nhật");
        String[] csrf = CentralFixture.csrf(page);
        assertThat(f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "level", "VERY_SATISFIED")).statusCode())
                .isEqualTo(200);
        f.push(deskA1, List.of(genA1.received(m)));
        String linked = f.ctx.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT dossier_id FROM rating WHERE dossier_code = ?")) {
                ps.setString(1, m.code());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
        assertThat(linked).isEqualTo(m.id().toString());
    }

    @Test
    void rating_rejectsBadLevelsAndCriteria_withoutStoring() throws Exception {
        var m = genA1.dossier(0);
        String url = "/r/" + m.code() + "?t=" + RatingToken.of(deskA1.ratingSecret(), m.code());
        String[] csrf = CentralFixture.csrf(f.get(url, null));
        assertThat(f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "level", "EXCELLENT")).statusCode())
                .isEqualTo(422);
        assertThat(f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "level", "SATISFIED", "c_time", "9"))
                .statusCode()).isEqualTo(422);
        assertThat(f.postForm(url, csrf[0], Map.of("csrf", "x" + csrf[1], "level", "SATISFIED")).statusCode())
                .isEqualTo(403);
        assertThat(f.count("rating")).isZero();
    }

    // ---------------------------------------------------------------- lookup page

    @Test
    void lookup_needsLastFourDigits_andNeverShowsIdOrPhone() throws Exception {
        var m = genA1.dossier(0);
        f.push(deskA1, List.of(genA1.received(m), genA1.transition(m, DossierAction.TRANSFER, null)));
        String url = "/tra-cuu/" + m.code();
        HttpResponse<String> form = f.get(url, null);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("4 chữ số cuối").doesNotContain("Đang xử lý");
        String[] csrf = CentralFixture.csrf(form);

        HttpResponse<String> wrong = f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "last4", "0000"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).doesNotContain("Đang xử lý");

        String idLast4 = m.idNumber().substring(m.idNumber().length() - 4);
        HttpResponse<String> byId = f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "last4", idLast4));
        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(byId.body()).contains("Đang xử lý").contains("Chuyển xử lý hồ sơ").contains("Xã Quảng Phú")
                .doesNotContain(m.idNumber()).doesNotContain(m.phone())
                .doesNotContain(m.json().get("applicant").get("fullName").asText());
        String phoneLast4 = m.phone().substring(m.phone().length() - 4);
        assertThat(f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "last4", phoneLast4)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void lookup_locksACodeAfterRepeatedWrongDigits() throws Exception {
        var m = genA1.dossier(0);
        f.push(deskA1, List.of(genA1.received(m)));
        String url = "/tra-cuu/" + m.code();
        String[] csrf = CentralFixture.csrf(f.get(url, null));
        for (int i = 0; i < 4; i++) {
            assertThat(f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "last4", "000" + i)).statusCode())
                    .isEqualTo(403);
        }
        HttpResponse<String> locked = f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "last4", "0009"));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValue("1800"); // 30 minutes from the first try
        String right = m.idNumber().substring(8);
        f.clock.advance(Duration.ofMinutes(10));
        HttpResponse<String> still = f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "last4", right));
        assertThat(still.statusCode()).isEqualTo(429);
        // the wait said is the lock's real end (20 minutes left), not a fixed half hour
        assertThat(still.headers().firstValue("Retry-After")).hasValue("1200");
        f.clock.advance(Duration.ofMinutes(21));
        assertThat(f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "last4", right)).statusCode()).isEqualTo(200);
    }

    @Test
    void lookup_badCodeIsAFriendly404() throws Exception {
        HttpResponse<String> r = f.get("/tra-cuu/khong-phai-ma", null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Mã hồ sơ không hợp lệ");
    }

    // ---------------------------------------------------------------- rate limits, health, metrics

    @Test
    void publicPages_areRateLimitedPerClientAddress() throws Exception {
        f.close();
        f = start(dir.resolve("limited"), new CentralConfig.RateLimits(3, 2, 2, 10));
        deskA1 = f.enroll(CentralFixture.OFFICE_A, 1);
        var m = genA1.dossier(0);
        String url = "/r/" + m.code() + "?t=" + RatingToken.of(deskA1.ratingSecret(), m.code());
        HttpResponse<String> page = f.get(url, null);
        String[] csrf = CentralFixture.csrf(page);
        f.get(url, null);
        f.get(url, null);
        HttpResponse<String> limited = f.get(url, null);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("thao tác hơi nhanh").contains("khoảng 1 phút");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
        f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "level", "SATISFIED"));
        f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "level", "SATISFIED"));
        assertThat(f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "level", "SATISFIED")).statusCode())
                .isEqualTo(429);
        // the block lasts until the 10-minute window ends, and the answer says so (not "a minute")
        f.clock.advance(Duration.ofMinutes(4));
        HttpResponse<String> still = f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "level", "SATISFIED"));
        assertThat(still.statusCode()).isEqualTo(429);
        assertThat(still.headers().firstValue("Retry-After")).hasValue("360");
        assertThat(still.body()).contains("khoảng 6 phút");
        // the lookup form the same way
        String lookup = "/tra-cuu/" + m.code();
        HttpResponse<String> form = f.get(lookup, null);
        String[] lookupCsrf = CentralFixture.csrf(form);
        f.postForm(lookup, lookupCsrf[0], Map.of("csrf", lookupCsrf[1], "last4", "0000"));
        f.postForm(lookup, lookupCsrf[0], Map.of("csrf", lookupCsrf[1], "last4", "0000"));
        HttpResponse<String> lookupLimited = f.postForm(lookup, lookupCsrf[0], Map.of("csrf", lookupCsrf[1],
                "last4", "0000"));
        assertThat(lookupLimited.statusCode()).isEqualTo(429);
        assertThat(lookupLimited.headers().firstValue("Retry-After")).hasValue("600");
        assertThat(lookupLimited.body()).contains("khoảng 10 phút");
        f.clock.advance(Duration.ofMinutes(7));
        assertThat(f.postForm(url, csrf[0], Map.of("csrf", csrf[1], "level", "SATISFIED")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void healthAndMetrics() throws Exception {
        HttpResponse<String> health = f.get("/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(CentralFixture.json(health).get("status").asText()).isEqualTo("UP");
        f.push(deskA1, List.of(genA1.received(genA1.dossier(0))));
        HttpResponse<String> metrics = f.get("/metrics", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body()).contains("motcua_push_events_total{outcome=\"accepted\"} 1")
                .contains("# TYPE motcua_push_events_total counter").contains("motcua_db_up 1");
    }

    // ---------------------------------------------------------------- helpers

    static List<String> outcomes(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        CentralFixture.json(r).get("results").forEach(n -> out.add(n.get("outcome").asText()));
        return out;
    }

    // ---------------------------------------------------------------- digitised files

    private static final int MIB = 1024 * 1024;

    static byte[] fakePdf(int size, long seed) {
        byte[] b = new byte[size];
        new java.util.Random(seed).nextBytes(b);
        System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, b, 0, 9);
        return b;
    }

    static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }

    HttpResponse<String> putChunk(Desk d, String sha, long offset, long size, String type, byte[] chunk)
            throws Exception {
        return f.send(HttpRequest.newBuilder(f.uri("/api/v1/blobs/" + sha + "?offset=" + offset + "&size=" + size
                        + "&type=" + type)).header("Authorization", "Bearer " + d.token())
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(chunk)).build());
    }

    HttpResponse<byte[]> download(Desk d, String sha) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(f.uri("/api/v1/blobs/" + sha))
                .header("Authorization", "Bearer " + d.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String attachmentJson(UUID id, String dossierId, String sha, long size) {
        return "{\"id\":\"" + id + "\",\"dossierId\":\"" + dossierId + "\",\"documentIndex\":0,"
                + "\"documentName\":\"Tờ khai đăng ký kết hôn\",\"sha256\":\"" + sha + "\",\"fileName\":\"to-khai.pdf\","
                + "\"mediaType\":\"application/pdf\",\"sizeBytes\":" + size + ",\"addedAt\":\"2026-04-29T15:40\","
                + "\"addedBy\":\"canbo1\"}";
    }

    @Test
    void files_uploadResumesFromTheServersOffset_thenTheAttachmentComesDownWithItsDossier() throws Exception {
        var m = genA1.dossier(0);
        f.push(deskA1, List.of(genA1.received(m), genA1.transition(m, DossierAction.TRANSFER, null)));
        String dossierId = m.json().get("id").asText();
        byte[] file = fakePdf(2 * MIB + 12345, 7);
        String sha = sha256(file);
        UUID attachmentId = UUID.randomUUID();
        String meta = attachmentJson(attachmentId, dossierId, sha, file.length);

        assertRefused(f.postJson("/api/v1/attachments", deskA1.token(), meta), 409, "BLOB_INCOMPLETE");
        assertRefused(f.send(HttpRequest.newBuilder(f.uri("/api/v1/blobs/" + sha + "/status"))
                .header("Authorization", "Bearer " + deskA1.token()).GET().build()), 404, "BLOB_NOT_FOUND");
        byte[] first = java.util.Arrays.copyOfRange(file, 0, MIB);
        HttpResponse<String> r1 = putChunk(deskA1, sha, 0, file.length, "application/pdf", first);
        assertThat(r1.statusCode()).as(r1.body()).isEqualTo(200);
        assertThat(CentralFixture.json(r1).get("received").asLong()).isEqualTo(MIB);
        // the answer was lost and the desk sends the same chunk again: refused, the server says where it stands
        assertRefused(putChunk(deskA1, sha, 0, file.length, "application/pdf", first), 409, "OFFSET_MISMATCH");
        JsonNode status = CentralFixture.json(f.send(HttpRequest.newBuilder(f.uri("/api/v1/blobs/" + sha + "/status"))
                .header("Authorization", "Bearer " + deskA1.token()).GET().build()));
        assertThat(status.get("received").asLong()).isEqualTo(MIB);
        assertThat(status.get("complete").asBoolean()).isFalse();
        for (int from = MIB; from < file.length; from += MIB) {
            byte[] chunk = java.util.Arrays.copyOfRange(file, from, Math.min(file.length, from + MIB));
            HttpResponse<String> r = putChunk(deskA1, sha, from, file.length, "application/pdf", chunk);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        assertThat(CentralFixture.json(f.send(HttpRequest.newBuilder(f.uri("/api/v1/blobs/" + sha + "/status"))
                .header("Authorization", "Bearer " + deskA1.token()).GET().build())).get("complete").asBoolean())
                .isTrue();
        // nobody may download a file no attachment points at yet
        assertThat(download(deskA1, sha).statusCode()).isEqualTo(404);

        assertThat(f.postJson("/api/v1/attachments", deskA1.token(), meta).statusCode()).isEqualTo(201);
        HttpResponse<String> again = f.postJson("/api/v1/attachments", deskA1.token(), meta);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(CentralFixture.json(again).get("outcome").asText()).isEqualTo("duplicate");
        assertThat(f.count("attachment")).isEqualTo(1);

        Desk deskA2 = f.enroll(CentralFixture.OFFICE_A, 2);
        JsonNode changes = CentralFixture.json(f.pull(deskA2, "?since=0")).get("changes");
        JsonNode data = changes.get(0).get("data");
        assertThat(data.get("attachments")).hasSize(1);
        assertThat(data.get("attachments").get(0).get("sha256").asText()).isEqualTo(sha);
        assertThat(data.get("attachments").get(0).get("fileName").asText()).isEqualTo("to-khai.pdf");
        assertThat(data.get("progress")).hasSize(2);
        assertThat(data.get("progress").get(1).get("actor").asText()).isEqualTo("Cán bộ quầy 1");
        HttpResponse<byte[]> got = download(deskA2, sha);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(file);
        assertThat(got.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");

        Desk deskB = f.enroll(CentralFixture.OFFICE_B, 1);
        assertThat(download(deskB, sha).statusCode()).isEqualTo(404);
        assertRefused(f.postJson("/api/v1/attachments", deskB.token(), attachmentJson(UUID.randomUUID(), dossierId,
                sha, file.length)), 403, "FOREIGN_OFFICE");
    }

    @Test
    void files_wrongContentIsDiscarded_andHostileUploadsAre4xx_withNothingStored() throws Exception {
        byte[] file = fakePdf(300_000, 11);
        String wrongName = sha256(fakePdf(300_000, 12));
        assertRefused(putChunk(deskA1, wrongName, 0, file.length, "application/pdf", file), 422, "HASH_MISMATCH");
        assertThat(f.count("blob")).isZero();
        assertThat(f.count("blob_chunk")).isZero();

        String sha = sha256(file);
        assertRefused(putChunk(deskA1, "ABC", 0, file.length, "application/pdf", file), 400, "INVALID_SHA256");
        assertRefused(putChunk(deskA1, sha.toUpperCase(java.util.Locale.ROOT), 0, file.length, "application/pdf",
                file), 400, "INVALID_SHA256");
        assertRefused(putChunk(deskA1, sha, 0, 10, "application/pdf", file), 400, "CHUNK_BEYOND_END");
        assertRefused(putChunk(deskA1, sha, 0, 60L * MIB, "application/pdf", file), 400, "INVALID_PARAMETER");
        assertRefused(putChunk(deskA1, sha, -1, file.length, "application/pdf", file), 400, "INVALID_PARAMETER");
        assertRefused(putChunk(deskA1, sha, 0, file.length, "text/html", file), 400, "UNSUPPORTED_FILE_TYPE");
        assertRefused(putChunk(deskA1, sha, 5, file.length, "application/pdf", new byte[10]), 409, "OFFSET_MISMATCH");
        assertRefused(putChunk(deskA1, sha, 0, 3L * MIB, "application/pdf", new byte[MIB + 1]), 413,
                "PAYLOAD_TOO_LARGE");
        assertRefused(f.send(HttpRequest.newBuilder(f.uri("/api/v1/blobs/" + sha + "?offset=0&size=10&type="
                + "application/pdf")).header("Authorization", "Bearer " + deskA1.token())
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("x")).build()), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertRefused(f.send(HttpRequest.newBuilder(f.uri("/api/v1/blobs/" + sha + "?offset=0&size=10&type="
                + "application/pdf")).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build()), 401, "UNAUTHORIZED");
        assertRefused(f.postJson("/api/v1/attachments", deskA1.token(), attachmentJson(UUID.randomUUID(),
                UUID.randomUUID().toString(), sha, file.length)), 409, "UNKNOWN_DOSSIER");
        assertRefused(f.postJson("/api/v1/attachments", deskA1.token(), "{\"id\":null}"), 400, "MALFORMED_JSON");
        assertRefused(f.postJson("/api/v1/attachments", deskA1.token(), attachmentJson(UUID.randomUUID(),
                UUID.randomUUID().toString(), "../../etc/passwd", file.length)), 400, "INVALID_SHA256");
        assertThat(f.count("blob")).isZero();
        assertThat(f.count("blob_chunk")).isZero();
        assertThat(f.count("attachment")).isZero();
    }

    @Test
    void files_abandonedUploadsArePruned_completeFilesStay() throws Exception {
        byte[] done = fakePdf(1000, 21);
        byte[] half = fakePdf(2 * MIB, 22);
        assertThat(putChunk(deskA1, sha256(done), 0, done.length, "application/pdf", done).statusCode()).isEqualTo(200);
        assertThat(putChunk(deskA1, sha256(half), 0, half.length, "application/pdf",
                java.util.Arrays.copyOf(half, MIB)).statusCode()).isEqualTo(200);
        assertThat(f.ctx.blobs().pruneAbandoned(Duration.ofDays(30)).uploads()).isZero(); // both are fresh
        var pruned = f.ctx.blobs().pruneAbandoned(Duration.ofSeconds(-5)); // "untouched since 5 s from now"
        assertThat(pruned.uploads()).isEqualTo(1);
        assertThat(pruned.bytes()).isEqualTo(MIB);
        assertThat(f.count("blob")).isEqualTo(1);
        assertThat(f.count("blob_chunk")).isEqualTo(1);
        // the desk that comes back starts the file again from byte 0
        assertRefused(putChunk(deskA1, sha256(half), MIB, half.length, "application/pdf",
                java.util.Arrays.copyOfRange(half, MIB, 2 * MIB)), 409, "OFFSET_MISMATCH");
    }

    @Test
    void lastSeen_isWrittenInBatches_notByTheRequest() throws Exception {
        Desk deskA2 = f.enroll(CentralFixture.OFFICE_A, 2);
        f.ctx.auth().flushLastSeen(); // whatever enrollment noted
        f.clock.advance(Duration.ofMinutes(5));
        assertThat(f.pull(deskA1, "?since=0").statusCode()).isEqualTo(200);
        assertThat(f.pull(deskA2, "?since=0").statusCode()).isEqualTo(200);
        java.time.Instant before = lastSeen(deskA1);
        assertThat(before).isNotEqualTo(f.clock.instant()); // not written by the request itself
        f.ctx.auth().flushLastSeen();
        assertThat(lastSeen(deskA1)).isEqualTo(f.clock.instant());
        assertThat(lastSeen(deskA2)).isEqualTo(f.clock.instant());
    }

    private java.time.Instant lastSeen(Desk d) {
        return f.ctx.admin().devices(d.office()).stream().filter(x -> x.id().equals(d.deviceId())).findFirst()
                .orElseThrow().lastSeenAt();
    }

    static void assertRefused(HttpResponse<String> r, int status, String error) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = WireJson.mapper().readTree(r.body());
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("message").asText()).isNotBlank();
    }
}
