package vn.motcua.central.http;

import static vn.motcua.central.http.DeviceGate.DEVICE;
import static vn.motcua.central.http.DeviceGate.device;
import static vn.motcua.central.http.HttpIo.json;
import static vn.motcua.central.http.HttpIo.read;

import io.javalin.config.RoutesConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import vn.motcua.central.ApiException;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.store.Device;
import vn.motcua.central.sync.PullAnswer;
import vn.motcua.domain.text.Msg;
import vn.motcua.sync.wire.EnrollRequest;
import vn.motcua.sync.wire.EventResult;
import vn.motcua.sync.wire.PushBatch;
import vn.motcua.sync.wire.PushResult;
import vn.motcua.sync.wire.RatingKeyRequest;
import vn.motcua.sync.wire.WireJson;

/**
 * The desks' sync API (protocol: docs/sync-protocol.md).
 *
 * <pre>
 * POST /api/v1/enroll      enrollment code → token        POST /api/v1/push        ordered event batch
 * GET  /api/v1/pull        changes after a cursor         GET  /api/v1/audit-head  the desk's reported audit head
 * POST /api/v1/rating-key  the desk's rating secret
 * </pre>
 */
final class SyncApiRoutes implements RouteGroup {
    /** How long a pull may wait for its turn (decision 0038): far past any queue a node should ever have. */
    static final long PULL_WAIT_MILLIS = 60_000;
    private final CentralContext ctx;
    private final Metrics metrics;
    private final long maxBody;
    private final ClientAddress address;
    private final RateLimiter enrolls;
    private final Supplier<String> publicBase;
    private final PullTurns pulls;

    SyncApiRoutes(CentralContext ctx, CentralConfig cfg, Metrics metrics, Supplier<String> publicBase) {
        this.ctx = ctx;
        this.metrics = metrics;
        this.maxBody = cfg.maxBodyBytes();
        this.address = new ClientAddress(cfg.trustProxy());
        this.enrolls = new RateLimiter(cfg.limits().enrollPer10Min(), Duration.ofMinutes(10), ctx.clock());
        this.publicBase = publicBase;
        this.pulls = new PullTurns(cfg.pullConcurrency(), PULL_WAIT_MILLIS);
        metrics.gauge("motcua_pull_waiting", pulls::waiting);
        metrics.describe("motcua_push_events_total", "Pushed events by outcome.");
        metrics.describe("motcua_pull_requests_total", "Pull requests answered.");
        metrics.describe("motcua_pull_changes_total", "Changes handed out by pull.");
        metrics.describe("motcua_enrollments_total", "Desks enrolled.");
    }

    @Override
    public void register(RoutesConfig r) {
        r.post("/api/v1/enroll", c -> {
            if (!enrolls.tryAcquire(address.of(c))) {
                metrics.inc("motcua_rate_limited_total", "endpoint=\"enroll\"");
                throw new ApiException(429, "TOO_MANY_REQUESTS", Msg.of("central.enroll.tooMany"));
            }
            EnrollRequest req = read(c, maxBody, EnrollRequest.class);
            // the desk prints this address in its receipts' QR codes
            json(c, 201, ctx.enrollment().enroll(req).withPublicBaseUrl(publicBase.get()));
            metrics.inc("motcua_enrollments_total", "");
        });
        r.post("/api/v1/push", c -> json(c, 200, push(device(c), read(c, maxBody, PushBatch.class))), DEVICE);
        r.get("/api/v1/pull", c -> {
            PullTurns.Answer answer = pull(device(c), c.queryParam("since"), c.queryParam("limit"));
            try {
                HttpIo.send(c, 200, answer.bytes(), answer.size());
            } finally {
                pulls.recycle(answer);
            }
        }, DEVICE);
        r.get("/api/v1/audit-head", c -> {
            var head = ctx.auditHead(device(c).id()).orElseThrow();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("protocol", WireJson.PROTOCOL);
            if (head.headId() != null) {
                body.put("id", head.headId());
                body.put("hash", head.headHash());
                body.put("reportedAt", head.reportedAt().toString());
            }
            if (head.regressedAt() != null) {
                body.put("regressedAt", head.regressedAt().toString());
                body.put("problem", head.problem());
            }
            json(c, 200, body);
        }, DEVICE);
        r.post("/api/v1/rating-key", c -> {
            RatingKeyRequest req = read(c, maxBody, RatingKeyRequest.class);
            String keyId = ctx.ratingKeys().rotate(device(c), req.ratingSecret());
            json(c, 200, Map.of("protocol", WireJson.PROTOCOL, "keyId", keyId));
        }, DEVICE);
    }

    /** The largest request body taken (the node's {@code --max-body}). */
    long maxBody() {
        return maxBody;
    }

    /** Judges a pushed batch and counts its events by outcome (the push route's work, whichever server API runs it). */
    PushResult push(Device device, PushBatch batch) {
        PushResult result = ctx.push().push(device, batch);
        Map<String, Long> outcomes = new java.util.HashMap<>();
        for (EventResult e : result.results()) {
            outcomes.merge(e.outcome().wireName(), 1L, Long::sum);
        }
        outcomes.forEach((outcome, n) -> metrics.add("motcua_push_events_total", "outcome=\"" + outcome + "\"", n));
        return result;
    }

    /**
     * The pull's page written as its JSON answer in the pull's turn (decision 0038), and counted; the caller sends it
     * to the socket after the turn and then gives it back with {@link #recycle}.
     */
    PullTurns.Answer pull(Device device, String since, String limit) throws java.io.IOException {
        int[] size = new int[1];
        PullTurns.Answer answer = pulls.run(out -> {
            PullAnswer page = ctx.pull().read(device, since, limit);
            size[0] = page.size();
            page.writeTo(out);
        });
        metrics.inc("motcua_pull_requests_total", "");
        metrics.add("motcua_pull_changes_total", "", size[0]);
        return answer;
    }

    /** Gives a sent pull answer's buffer back. */
    void recycle(PullTurns.Answer answer) {
        pulls.recycle(answer);
    }
}
