package vn.motcua.central.http;

import static vn.motcua.central.http.HttpIo.ANSWERED;
import static vn.motcua.central.http.HttpIo.json;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.central.ApiException;
import vn.motcua.central.web.Pages;
import vn.motcua.domain.text.Msg;
import vn.motcua.sync.wire.ErrorBody;

/**
 * Every failure's answer, in one place: an {@link ApiException} becomes its JSON {@link ErrorBody}; a bare status (no
 * route, wrong method, Javalin's own refusals) and an unexpected failure become JSON on the API and a page elsewhere;
 * a client that went away gets nothing.
 */
final class ErrorMapping implements RouteGroup {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private final Metrics metrics;

    ErrorMapping(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void register(RoutesConfig r) {
        r.exception(ApiException.class, (e, c) -> {
            countRefusal(metrics, e);
            // a refusal can come before the body was read (bad parameters, a hash mismatch mid-file): read and
            // drop what is left so the connection stays usable and the client reads the answer, not a reset
            HttpIo.drain(c);
            json(c, e.status(), e.body());
        });
        r.exception(HttpResponseException.class, (e, c) -> answerStatus(c, e.getStatus()));
        r.exception(Exception.class, (e, c) -> {
            if (clientGone(e)) {
                // the client closed the connection: there is no one to answer, and writing would fail again
                LOG.debug("Client went away on {} {}: {}", c.method(), c.path(), e.toString());
                c.attribute(ANSWERED, true);
                return;
            }
            LOG.error("Unexpected failure on {} {}", c.method(), c.path(), e);
            if (isApi(c)) {
                json(c, 500, internalError());
            } else {
                Pages.message(c, 500, "Quầy Một Cửa", "Lỗi", Pages.ICON_STOP, "Xin lỗi, máy chủ gặp sự cố",
                        "Vui lòng thử lại sau ít phút.", null, null);
                c.attribute(ANSWERED, true);
            }
        });
        for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
            r.error(status, c -> {
                if (c.attribute(ANSWERED) == null) {
                    answerStatus(c, status);
                }
            });
        }
    }

    /** Counts a refused API request at /metrics (every {@link ApiException}, on every server API). */
    static void countRefusal(Metrics metrics, ApiException e) {
        metrics.inc("motcua_api_refusals_total", "status=\"" + e.status() + "\"");
    }

    /** The JSON body of an unexpected failure on the API. */
    static ErrorBody internalError() {
        return ApiException.body("INTERNAL_ERROR", Msg.of("central.internalError"), null, null);
    }

    /** True when the failure is the client's connection going away (an I/O error anywhere in the cause chain). */
    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApi(Context c) {
        String p = c.path();
        return p.startsWith("/api/") || p.equals("/health") || p.equals("/metrics");
    }

    /** The answer for a bare status: JSON on the API, a page elsewhere. */
    private static void answerStatus(Context c, int status) {
        String code = switch (status) {
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 400 -> "BAD_REQUEST";
            default -> "HTTP_" + status;
        };
        Msg message = switch (status) {
            case 404 -> Msg.of("central.status.notFound");
            case 405 -> Msg.of("central.status.methodNotAllowed");
            case 413 -> Msg.of("central.status.tooLarge");
            default -> Msg.of("central.status.badRequest");
        };
        if (isApi(c)) {
            json(c, status, ApiException.body(code, message, null, null));
        } else {
            Pages.message(c, status, "Quầy Một Cửa", status == 404 ? "Không tìm thấy trang" : "Yêu cầu không hợp lệ",
                    Pages.ICON_INFO, message.vi(),
                    "Vui lòng quét lại mã QR trên giấy tiếp nhận hồ sơ.", null, null);
            c.attribute(ANSWERED, true);
        }
    }
}
