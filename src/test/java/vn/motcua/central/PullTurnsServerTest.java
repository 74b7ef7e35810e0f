package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.bench.SyntheticDossiers;
import vn.motcua.central.http.CentralServer;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.WireJson;

/**
 * Decision 0038 through the real server: with one pull at a time, many desks pulling at once are all answered (they
 * wait their turn, none is refused), each with the same bytes the tree-built page gives, sent with its length; a
 * client asking for gzip still gets the same JSON compressed; the health route does not take turns.
 */
class PullTurnsServerTest {

    @Test
    void oneTurn_manyDesksAtOnce_allAnsweredWithTheirPage(@TempDir Path dir) throws Exception {
        try (CentralFixture f = CentralFixture.sqlite(dir);
             CentralServer oneAtATime = CentralServer.start(f.ctx, CentralConfig.defaults("-").withHost("127.0.0.1")
                     .withPort(0).withPullConcurrency(1))) {
            CentralFixture.Desk desk = f.enroll(CentralFixture.OFFICE_A, 1);
            SyntheticDossiers gen = new SyntheticDossiers(5, CentralFixture.OFFICE_A, 1, LocalDate.of(2026, 4, 29));
            List<PushEvent> events = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                var m = gen.dossier(i);
                events.add(gen.received(m));
                events.add(gen.transition(m, DossierAction.TRANSFER, "Chuyển “phòng” e\u0301"));
            }
            assertThat(f.push(desk, events).statusCode()).isEqualTo(200);
            var device = f.ctx.auth().authenticate("Bearer " + desk.token());
            String base = oneAtATime.baseUrl();

            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<Integer>> pulls = new ArrayList<>();
                for (int t = 0; t < 16; t++) {
                    int me = t;
                    pulls.add(pool.submit(() -> {
                        int ok = 0;
                        for (int r = 0; r < 10; r++) {
                            String since = Integer.toString((me * 7 + r * 3) % 40);
                            HttpResponse<byte[]> a = f.http.send(HttpRequest.newBuilder(URI.create(base
                                    + "/api/v1/pull?since=" + since + "&limit=7")).header("Authorization", "Bearer "
                                    + desk.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                            assertThat(a.statusCode()).isEqualTo(200);
                            assertThat(a.headers().firstValue("Content-Type").orElse(""))
                                    .startsWith("application/json");
                            assertThat(a.headers().firstValueAsLong("Content-Length")).hasValue(a.body().length);
                            byte[] old = WireJson.mapper().writeValueAsBytes(f.ctx.pull().pull(device, since, "7"));
                            assertThat(new String(a.body(), StandardCharsets.UTF_8))
                                    .isEqualTo(new String(old, StandardCharsets.UTF_8));
                            ok++;
                        }
                        return ok;
                    }));
                }
                int answered = 0;
                for (Future<Integer> p : pulls) {
                    answered += p.get(60, TimeUnit.SECONDS);
                }
                assertThat(answered).isEqualTo(160);
            } finally {
                pool.shutdownNow();
            }

            // a client that asks for compression gets the same JSON, compressed by Javalin as on every route
            HttpResponse<byte[]> gz = f.http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/pull?since=0"))
                    .header("Authorization", "Bearer " + desk.token()).header("Accept-Encoding", "gzip").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gz.statusCode()).isEqualTo(200);
            assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
            byte[] plain = new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes();
            assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo(new String(
                    WireJson.mapper().writeValueAsBytes(f.ctx.pull().pull(device, "0", null)), StandardCharsets.UTF_8));

            // a refused cursor is answered as before, and gives its turn back (the next pull is served)
            HttpResponse<String> bad = f.http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/pull?since=x"))
                    .header("Authorization", "Bearer " + desk.token()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            JsonNode again = CentralFixture.json(f.http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/v1/pull?since=0&limit=1")).header("Authorization", "Bearer " + desk.token()).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
            assertThat(again.get("changes")).hasSize(1);
            HttpResponse<String> health = f.http.send(HttpRequest.newBuilder(URI.create(base + "/health")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            // the queue is shown at /metrics (no pull waits now)
            HttpResponse<String> metrics = f.http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).contains("# TYPE motcua_pull_waiting gauge\nmotcua_pull_waiting 0\n");
        }
    }

    @Test
    void theSetting_defaultsToTheProcessors_andRefusesNegatives() {
        assertThat(CentralConfig.defaults("jdbc:sqlite:x.db").pullConcurrency())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(CentralConfig.defaults("jdbc:sqlite:x.db").withPullConcurrency(0).pullConcurrency()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CentralConfig.defaults("x").withPullConcurrency(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
