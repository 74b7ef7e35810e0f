package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.bench.SyntheticDossiers;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.sync.wire.PushBatch;
import vn.motcua.sync.wire.WireJson;

/**
 * Hostile input against a started server: 10,000 requests of malformed JSON, truncated and oversized bodies, type
 * confusion, injection strings, unicode edge cases, forged / replayed / foreign tokens, on the API and the citizen
 * pages. Every request is one the server must refuse: zero 5xx, the server stays up, nothing is stored.
 * Seed: -Dfuzz.seed=N to replay; -Dfuzz.requests=N for a longer run.
 */
class CentralFuzzTest {
    private static final String[] NASTY = {"' OR 1=1 --", "\"; DROP TABLE dossier; --", "<script>alert(1)</script>",
        "\u0000", "\uFEFF", "\uD83D\uDE00\uD83D\uDE00", "Nguyê\u0303n", "\u202Eevil", "%00", "../../etc/passwd",
        "{{7*7}}", "${jndi:ldap://x}", "a".repeat(70_000), "\\u0000", "NaN", "-1e309", "[]", "{}", "null"};

    @TempDir
    Path dir;

    /** The CI-sized run in {@code mvn verify}. */
    @Test
    void hostileRequests_neverGive5xx_andStoreNothing() throws Exception {
        fuzz(Integer.getInteger("fuzz.requests", 3_000));
    }

    /** The full run (10,000 requests): {@code mvn verify -Dgroups=long} (decision 0015). */
    @Test
    @org.junit.jupiter.api.Tag("long")
    void tenThousandHostileRequests_neverGive5xx_andStoreNothing() throws Exception {
        fuzz(10_000);
    }

    private void fuzz(int requests) throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random rnd = new Random(seed);
        try (CentralFixture f = CentralFixture.sqlite(dir)) {
            var deskA = f.enroll(CentralFixture.OFFICE_A, 1);
            var deskB = f.enroll(CentralFixture.OFFICE_B, 1);
            SyntheticDossiers gen = new SyntheticDossiers(seed, CentralFixture.OFFICE_A, 1, LocalDate.of(2026, 4, 29));
            String validBatch = WireJson.mapper().writeValueAsString(new PushBatch(1, List.of(
                    gen.received(gen.dossier(0)), gen.transition(gen.dossier(0), DossierAction.TRANSFER, null))));
            long storedBefore = f.count("sync_event");
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<String> fiveHundreds = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                HttpResponse<String> r;
                try {
                    r = send(f, rnd, validBatch, deskA.token(), deskB.token());
                } catch (java.io.IOException closed) {
                    // the server answered before reading a large body and closed the connection: a refusal, as
                    // long as the server is still up
                    r = null;
                    assertThat(f.get("/health", null).statusCode()).as("seed %d: up after request %d", seed, i)
                            .isEqualTo(200);
                }
                int status = r == null ? 499 : r.statusCode(); // 499: closed by the server on an oversized body
                statuses.merge(status, 1, Integer::sum);
                if (status >= 500 && fiveHundreds.size() < 5) {
                    fiveHundreds.add(r.statusCode() + " " + r.body());
                }
            }
            assertThat(fiveHundreds).as("seed %d, statuses %s", seed, statuses).isEmpty();
            assertThat(f.get("/health", null).statusCode()).isEqualTo(200);
            assertThat(f.count("sync_event")).as("seed %d", seed).isEqualTo(storedBefore);
            assertThat(f.count("dossier")).isZero();
            assertThat(f.count("rating")).isZero();
            assertThat(f.count("blob")).as("seed %d", seed).isZero();
            assertThat(f.count("blob_chunk")).isZero();
            assertThat(f.count("attachment")).isZero();
            assertThat(statuses.keySet()).as("seed %d, statuses %s", seed, statuses).allMatch(s -> s >= 400 && s < 500);
            org.slf4j.LoggerFactory.getLogger(CentralFuzzTest.class).info("fuzz seed {}: {}", seed, statuses);
        }
    }

    private static HttpResponse<String> send(CentralFixture f, Random rnd, String valid, String tokenA, String tokenB)
            throws Exception {
        String nasty = NASTY[rnd.nextInt(NASTY.length)];
        switch (rnd.nextInt(13)) {
            case 0: // random bytes as JSON
                byte[] junk = new byte[rnd.nextInt(400)];
                rnd.nextBytes(junk);
                return f.postJson("/api/v1/push", tokenA, new String(junk, StandardCharsets.ISO_8859_1));
            case 1: // a valid batch cut short
                return f.postJson("/api/v1/push", tokenA, valid.substring(0, rnd.nextInt(valid.length() - 1)));
            case 2: // the valid batch with a forged, missing or foreign token
                String tok = switch (rnd.nextInt(3)) {
                    case 0 -> null;
                    case 1 -> tokenA.substring(0, tokenA.length() - 2) + "xx";
                    default -> tokenB;
                };
                return f.postJson("/api/v1/push", tok, valid.replace("Nguyễn", nasty.length() > 500 ? "X" : nasty));
            case 3: // type confusion and unknown event types
                String[] swaps = {"\"deviceSeq\":", "\"deviceSeq\":\"" + nasty.hashCode() + "x\",\"_\":",
                    "\"type\":\"DOSSIER_RECEIVED\"", "\"type\":\"" + json(nasty.length() > 200 ? "X" : nasty) + "\"",
                    "\"protocol\":1", "\"protocol\":\"one\"", "\"eventId\":\"", "\"eventId\":\"not-a-uuid-"};
                int k = rnd.nextInt(swaps.length / 2) * 2;
                return f.postJson("/api/v1/push", tokenA, valid.replace(swaps[k], swaps[k + 1]));
            case 4: // oversized body: the server answers 413 and may close the connection while the client is still
                    // writing (then the client sees a broken pipe, not an answer) — both are a refusal, not a 5xx
                return f.postJson("/api/v1/push", tokenA, "{\"protocol\":1,\"events\":[\"" + "a".repeat(300_000)
                        + "\"]}");
            case 5: // pull with hostile parameters
                return f.pull(new CentralFixture.Desk("", 0, rnd.nextBoolean() ? tokenA : "forged", "", ""),
                        "?since=" + enc(nasty) + "&limit=" + enc(NASTY[rnd.nextInt(NASTY.length)]));
            case 6: // rating page with forged tokens and hostile codes
                return f.get("/r/" + enc(rnd.nextBoolean() ? nasty : "000.00.01.H22-260429-0001") + "?t="
                        + enc(nasty), null);
            case 7: // rating form posted without a valid token / csrf
                return f.postForm("/r/000.00.01.H22-260429-000" + rnd.nextInt(10) + "?t=" + enc(nasty), "mc_csrf="
                        + enc(nasty), Map.of("level", rnd.nextBoolean() ? "DISSATISFIED" : nasty, "reason", nasty,
                        "csrf", nasty));
            case 8: // lookup with hostile second factors
                return f.postForm("/tra-cuu/" + enc(rnd.nextBoolean() ? nasty : "000.00.01.H22-260429-0001"), null,
                        Map.of("last4", nasty.length() > 100 ? "12345" : nasty));
            case 9: // file chunks: hostile names and parameters, or a whole "file" whose content is not its name
                byte[] body = new byte[1 + rnd.nextInt(3000)];
                rnd.nextBytes(body);
                String sha = String.format("%064x", new java.math.BigInteger(256, rnd));
                String[] params = {enc(nasty), "0", Integer.toString(body.length), "application/pdf"};
                int bad = rnd.nextInt(5); // 4: every parameter fine but the content does not hash to the name
                if (bad < 4) {
                    params[bad] = enc(nasty);
                }
                String name = bad == 0 || rnd.nextInt(4) == 0 ? enc(nasty) : sha;
                var put = java.net.http.HttpRequest.newBuilder(f.uri("/api/v1/blobs/" + name + "?offset=" + params[1]
                        + "&size=" + params[2] + "&type=" + params[3]))
                        .header("Content-Type", rnd.nextInt(5) == 0 ? "text/plain" : "application/octet-stream")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
                if (rnd.nextInt(6) > 0) {
                    put.header("Authorization", "Bearer " + (rnd.nextBoolean() ? tokenA : "forged"));
                }
                return f.send(put.build());
            case 10: // downloads and upload states of files nobody may see, by hostile names
                String path = "/api/v1/blobs/" + (rnd.nextBoolean() ? enc(nasty)
                        : String.format("%064x", new java.math.BigInteger(256, rnd))) + (rnd.nextBoolean() ? "/status"
                        : "");
                return f.send(java.net.http.HttpRequest.newBuilder(f.uri(path))
                        .header("Authorization", "Bearer " + (rnd.nextBoolean() ? tokenA : tokenB)).GET().build());
            case 11: // attachment registrations: unknown dossiers, hostile fields, broken JSON
                String meta = "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"dossierId\":\""
                        + java.util.UUID.randomUUID() + "\",\"documentIndex\":" + (rnd.nextBoolean() ? "0" : "-7")
                        + ",\"documentName\":\"" + json(nasty) + "\",\"sha256\":\"" + json(nasty)
                        + "\",\"fileName\":\"" + json(nasty) + "\",\"mediaType\":\"application/pdf\","
                        + "\"sizeBytes\":10,\"addedAt\":\"" + json(nasty) + "\",\"addedBy\":\"x\"}";
                return f.postJson("/api/v1/attachments", rnd.nextBoolean() ? tokenA : tokenB,
                        rnd.nextInt(4) == 0 ? meta.substring(0, rnd.nextInt(meta.length())) : meta);
            default: // enrollment with garbage codes and secrets
                return f.postJson("/api/v1/enroll", null, "{\"protocol\":1,\"enrollmentCode\":\""
                        + json(nasty.length() > 1000 ? "X" : nasty) + "\",\"ratingSecret\":\"" + json(nasty) + "\"}");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s.length() > 2000 ? s.substring(0, 2000) : s, StandardCharsets.UTF_8);
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000");
    }

}
