package vn.motcua.central.http;

import static vn.motcua.central.http.DeviceGate.DEVICE;
import static vn.motcua.central.http.DeviceGate.device;
import static vn.motcua.central.http.HttpIo.ANSWERED;
import static vn.motcua.central.http.HttpIo.json;
import static vn.motcua.central.http.HttpIo.read;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import vn.motcua.central.ApiException;
import vn.motcua.central.CentralContext;
import vn.motcua.central.store.BlobRepository;
import vn.motcua.domain.text.Msg;
import vn.motcua.sync.wire.AttachmentMeta;
import vn.motcua.sync.wire.BlobStatus;

/**
 * Scanned documents, outside the event stream (decision 0003).
 *
 * <pre>
 * PUT /api/v1/blobs/{sha}   one chunk of a file      GET /api/v1/blobs/{sha}[/status]  the file, its upload state
 * POST /api/v1/attachments  file ↔ document line
 * </pre>
 */
final class FileRoutes implements RouteGroup {
    private final CentralContext ctx;
    private final Metrics metrics;
    private final long maxBody;

    FileRoutes(CentralContext ctx, Metrics metrics, long maxBody) {
        this.ctx = ctx;
        this.metrics = metrics;
        this.maxBody = maxBody;
        metrics.describe("motcua_blob_chunks_total", "File chunks stored.");
        metrics.describe("motcua_blob_downloads_total", "Files sent to desks.");
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/blobs/{sha256}/status", c ->
                json(c, 200, ctx.blobs().status(device(c), c.pathParam("sha256"))), DEVICE);
        r.put("/api/v1/blobs/{sha256}", c -> {
            if (!"application/octet-stream".equals(HttpIo.baseType(c))) {
                throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", Msg.of("central.blob.notOctetStream"));
            }
            BlobStatus status = ctx.blobs().upload(device(c), c.pathParam("sha256"), c.queryParam("offset"),
                    c.queryParam("size"), c.queryParam("type"), c.req().getInputStream());
            metrics.inc("motcua_blob_chunks_total", "");
            json(c, 200, status);
        }, DEVICE);
        r.get("/api/v1/blobs/{sha256}", c -> {
            BlobRepository.Blob blob = ctx.blobs().downloadable(device(c), c.pathParam("sha256"));
            c.attribute(ANSWERED, true);
            c.status(200).contentType(blob.mediaType());
            c.header("Content-Length", Long.toString(blob.sizeBytes()));
            c.header("Cache-Control", "private, max-age=31536000, immutable");
            ctx.blobs().copy(blob, c.res().getOutputStream());
            metrics.inc("motcua_blob_downloads_total", "");
        }, DEVICE);
        r.post("/api/v1/attachments", c -> {
            AttachmentMeta meta = read(c, maxBody, AttachmentMeta.class);
            boolean stored = ctx.blobs().register(device(c), meta);
            json(c, stored ? 201 : 200, Map.of("id", meta.id().toString(), "outcome",
                    stored ? "accepted" : "duplicate"));
        }, DEVICE);
    }
}
