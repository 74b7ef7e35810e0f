package vn.motcua.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.motcua.domain.text.Msg;
import vn.motcua.sync.wire.AttachmentMeta;
import vn.motcua.sync.wire.BlobStatus;
import vn.motcua.sync.wire.EnrollRequest;
import vn.motcua.sync.wire.EnrollResponse;
import vn.motcua.sync.wire.ErrorBody;
import vn.motcua.sync.wire.PushBatch;
import vn.motcua.sync.wire.PushResult;
import vn.motcua.sync.wire.WireJson;

/**
 * The desk's HTTP client for sync protocol v1 ({@code java.net.http}, HTTP/1.1). Every answer brings the server's
 * {@code Date} header back so the engine can compare clocks. The bearer token is sent in a header and never logged.
 */
public final class SyncClient {
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    /** Built on the first request: a desk or command that never syncs does not pay for TLS set-up (issue 18). */
    private volatile HttpClient http;
    private final Clock clock;

    /** An answer and how far the server's clock stood from ours when it came (null: no usable Date header). */
    public record Answer<T>(T body, Long clockSkewMs) {
    }

    public SyncClient(Clock clock, Duration connectTimeout, Duration requestTimeout) {
        this.clock = clock;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    private HttpClient http() {
        HttpClient h = http;
        if (h == null) {
            synchronized (this) {
                h = http;
                if (h == null) {
                    h = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                    http = h;
                }
            }
        }
        return h;
    }

    public SyncClient(Clock clock) {
        this(clock, Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    public Answer<EnrollResponse> enroll(String baseUrl, EnrollRequest request) {
        HttpRequest r = json(uri(baseUrl, "/api/v1/enroll"), null, write(request));
        return read(send(r), EnrollResponse.class, 201);
    }

    public Answer<PushResult> push(String baseUrl, String token, PushBatch batch) {
        return read(send(json(uri(baseUrl, "/api/v1/push"), token, write(batch))), PushResult.class, 200);
    }

    /** One pull page as a tree (so a change of a kind this build does not know can be skipped, not fail the page). */
    public Answer<JsonNode> pull(String baseUrl, String token, String cursor, int limit) {
        String q = "/api/v1/pull?since=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + "&limit=" + limit;
        HttpRequest r = HttpRequest.newBuilder(uri(baseUrl, q)).timeout(requestTimeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        return read(send(r), JsonNode.class, 200);
    }

    /**
     * One pull page read from the answer's bytes ({@link PulledPage}, issue 18): what {@link #pull} gives, without the
     * body as text and the page as one tree; the same refusals and errors (a page that does not read as JSON is
     * {@code sync.client.garbled} with the same reason).
     */
    Answer<PulledPage> pullPage(String baseUrl, String token, String cursor, int limit) {
        String q = "/api/v1/pull?since=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + "&limit=" + limit;
        HttpRequest r = HttpRequest.newBuilder(uri(baseUrl, q)).timeout(requestTimeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> answer = send(r, HttpResponse.BodyHandlers.ofByteArray(), "sync.client.unreachable",
                "sync.interrupted");
        if (answer.statusCode() != 200) {
            String text = new String(answer.body(), StandardCharsets.UTF_8);
            read(new TextAnswer(answer, text), JsonNode.class, 200);
            throw new IllegalStateException("unreachable: a refusal throws");
        }
        Long skew = skew(answer);
        try {
            PulledPage page = PulledPage.read(answer.body());
            if (page == null) {
                throw SyncException.transport(Msg.of("sync.client.emptyAnswer"), null, 200);
            }
            return new Answer<>(page, skew);
        } catch (JsonProcessingException e) {
            throw SyncException.transport(Msg.of("sync.client.garbled", e.getOriginalMessage()), e, 200);
        }
    }

    /** The head of this desk's audit chain as the server last kept it ({@code {"id", "hash", ...}} or empty). */
    public Answer<JsonNode> auditHead(String baseUrl, String token) {
        HttpRequest r = HttpRequest.newBuilder(uri(baseUrl, "/api/v1/audit-head")).timeout(requestTimeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        return read(send(r), JsonNode.class, 200);
    }

    /** Hands the server a new rating secret of this desk (rotation). */
    public Answer<JsonNode> rotateRatingKey(String baseUrl, String token, vn.motcua.sync.wire.RatingKeyRequest request) {
        return read(send(json(uri(baseUrl, "/api/v1/rating-key"), token, write(request))), JsonNode.class, 200);
    }

    // ---- files (số hóa) ------------------------------------------------------------------------------------------

    /** Where the server's copy of a file stands; a 404 ({@code BLOB_NOT_FOUND}) means nothing arrived yet. */
    public Answer<BlobStatus> blobStatus(String baseUrl, String token, String sha256) {
        HttpRequest r = HttpRequest.newBuilder(uri(baseUrl, "/api/v1/blobs/" + sha256 + "/status"))
                .timeout(requestTimeout).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
        return read(send(r), BlobStatus.class, 200);
    }

    /** Sends {@code chunk}, the bytes of the file from {@code offset} on. */
    public Answer<BlobStatus> putChunk(String baseUrl, String token, String sha256, long offset, long size,
                                       String mediaType, byte[] chunk) {
        String q = "/api/v1/blobs/" + sha256 + "?offset=" + offset + "&size=" + size + "&type="
                + URLEncoder.encode(mediaType, StandardCharsets.UTF_8);
        HttpRequest r = HttpRequest.newBuilder(uri(baseUrl, q)).timeout(requestTimeout)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(chunk)).build();
        return read(send(r), BlobStatus.class, 200);
    }

    /** Registers an attachment whose file is complete on the server (201 stored, 200 already stored). */
    public Answer<JsonNode> registerAttachment(String baseUrl, String token, AttachmentMeta meta) {
        HttpResponse<String> r = send(json(uri(baseUrl, "/api/v1/attachments"), token, write(meta)));
        return read(r, JsonNode.class, r.statusCode() == 201 ? 201 : 200);
    }

    /**
     * Downloads a file of the office into {@code target} (overwritten). The caller checks the content's hash.
     * Refusals and server errors throw like the other calls; {@code target} then holds nothing useful.
     */
    public void download(String baseUrl, String token, String sha256, java.nio.file.Path target) {
        HttpRequest r = HttpRequest.newBuilder(uri(baseUrl, "/api/v1/blobs/" + sha256))
                .timeout(requestTimeout.multipliedBy(5)).header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<java.nio.file.Path> answer = send(r, HttpResponse.BodyHandlers.ofFile(target),
                "sync.client.downloadFailed", "sync.client.downloadInterrupted");
        int s = answer.statusCode();
        if (s == 200) {
            return;
        }
        String body;
        try {
            body = java.nio.file.Files.readString(target, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            body = "";
        }
        if (s >= 400 && s < 500) {
            ErrorBody err = errorBody(body);
            throw SyncException.refused(s, err == null || err.error() == null ? "HTTP_" + s : err.error(),
                    err == null || err.message() == null && err.key() == null && err.msg() == null
                            ? Msg.of("sync.client.downloadRefused", s) : reason(err), null);
        }
        throw SyncException.transport(Msg.of("sync.client.serverError", s), null, s);
    }

    private HttpRequest json(URI uri, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private HttpResponse<String> send(HttpRequest r) {
        return send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), "sync.client.unreachable",
                "sync.interrupted");
    }

    /**
     * Sends {@code r}; a network failure becomes a transport {@link SyncException} with the message
     * {@code failedKey} (the server's host, the cause), an interruption one with {@code interruptedKey}.
     */
    private <T> HttpResponse<T> send(HttpRequest r, HttpResponse.BodyHandler<T> body, String failedKey,
                                     String interruptedKey) {
        try {
            return http().send(r, body);
        } catch (IOException e) {
            throw SyncException.transport(Msg.of(failedKey, r.uri().getHost(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SyncException.transport(Msg.of(interruptedKey), e, 0);
        }
    }

    private <T> Answer<T> read(HttpResponse<String> r, Class<T> type, int expected) {
        return read(new TextAnswer(r, r.body()), type, expected);
    }

    /** An answer and its body as text. */
    private record TextAnswer(HttpResponse<?> response, String body) {
        int statusCode() {
            return response.statusCode();
        }
    }

    private <T> Answer<T> read(TextAnswer r, Class<T> type, int expected) {
        Long skew = skew(r.response());
        int s = r.statusCode();
        if (s == expected) {
            try {
                T body = WireJson.mapper().readValue(r.body(), type);
                if (body == null) {
                    throw SyncException.transport(Msg.of("sync.client.emptyAnswer"), null, s);
                }
                return new Answer<>(body, skew);
            } catch (JsonProcessingException e) {
                throw SyncException.transport(Msg.of("sync.client.garbled", e.getOriginalMessage()), e, s);
            }
        }
        if (s >= 400 && s < 500) {
            ErrorBody err = errorBody(r.body());
            if (err != null && err.error() != null) {
                throw SyncException.refused(s, err.error(), reason(err), err.eventId());
            }
            throw SyncException.refused(s, "HTTP_" + s, Msg.of("sync.client.refused", s), null);
        }
        throw SyncException.transport(Msg.of("sync.client.serverError", s), null, s);
    }

    /**
     * The server's reason as a message: its key and arguments when it sent a key this build's bundles know (both
     * languages), so the desk says it in the clerk's language; else its Vietnamese text as it is (an older server, a
     * reason without key, a key from a newer server).
     */
    static Msg reason(ErrorBody err) {
        Msg whole = err.msg() == null ? null : err.msg().toMsg(SyncClient::known);
        if (whole != null) {
            return whole;
        }
        String key = err.key();
        if (key != null && known(key)) {
            return Msg.of(key, err.args() == null ? new Object[0] : err.args().toArray());
        }
        return Msg.text(err.message());
    }

    /** The reason of a refused event (decision 0030): its message when every key is known here, else its text. */
    static Msg reason(vn.motcua.sync.wire.EventResult er) {
        Msg whole = er.msg() == null ? null : er.msg().toMsg(SyncClient::known);
        return whole != null ? whole : Msg.text(er.message());
    }

    static boolean known(String key) {
        try {
            return Msg.bundle(java.util.Locale.ENGLISH).containsKey(key)
                    && Msg.bundle(java.util.Locale.forLanguageTag("vi")).containsKey(key);
        } catch (java.util.MissingResourceException e) {
            return false;
        }
    }

    private static ErrorBody errorBody(String body) {
        try {
            return WireJson.mapper().readValue(body, ErrorBody.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private Long skew(HttpResponse<?> r) {
        return r.headers().firstValue("Date").map(d -> {
            try {
                Instant server = ZonedDateTime.parse(d, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Duration.between(clock.instant(), server).toMillis();
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
    }

    private static String write(Object o) {
        try {
            return WireJson.mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + o.getClass().getSimpleName(), e);
        }
    }

    private static URI uri(String baseUrl, String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        try {
            return URI.create(base + path);
        } catch (IllegalArgumentException e) {
            throw SyncException.refused(0, "INVALID_SERVER_URL", Msg.of("sync.client.badUrl", baseUrl), null);
        }
    }
}
