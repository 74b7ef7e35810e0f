package vn.motcua.central.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.motcua.central.http.Metrics;
import vn.motcua.central.lookup.LookupService;
import vn.motcua.central.lookup.LookupService.Result;
import vn.motcua.central.store.DossierRepository.LookupView;
import vn.motcua.domain.dossier.DossierStatus;

/**
 * {@code GET/POST /tra-cuu/{code}}: status lookup behind a second factor (last four digits of the applicant's ID or
 * phone number). The page never shows an ID or phone number, not even masked.
 */
public final class LookupPage {
    static final String HEADING = "Tra cứu hồ sơ";

    private final LookupService lookups;
    private final Csrf csrf;
    private final Metrics metrics;

    public LookupPage(LookupService lookups, Csrf csrf, Metrics metrics) {
        this.lookups = lookups;
        this.csrf = csrf;
        this.metrics = metrics;
    }

    public void show(Context ctx) {
        Optional<String> code = LookupService.canonical(ctx.pathParam("code"));
        if (code.isEmpty()) {
            badCode(ctx);
            return;
        }
        form(ctx, 200, code.get(), null);
    }

    public void submit(Context ctx) {
        Optional<String> code = LookupService.canonical(ctx.pathParam("code"));
        if (code.isEmpty()) {
            badCode(ctx);
            return;
        }
        if (!csrf.verify(ctx)) {
            metrics.inc("motcua_lookups_total", "result=\"csrf_refused\"");
            form(ctx, 403, code.get(), Pages.notice("error",
                    "Phiên tra cứu đã hết hạn. Vui lòng nhập lại 4 chữ số và bấm «Xem tình trạng hồ sơ»."));
            return;
        }
        Result r = lookups.lookup(code.get(), ctx.formParam("last4"));
        if (r instanceof Result.Found f) {
            metrics.inc("motcua_lookups_total", "result=\"found\"");
            result(ctx, f.view());
        } else if (r instanceof Result.NotMatched n) {
            metrics.inc("motcua_lookups_total", "result=\"not_matched\"");
            form(ctx, 403, code.get(), Pages.notice("error", "Không tìm thấy hồ sơ khớp với mã và 4 chữ số đã "
                    + "nhập. Vui lòng kiểm tra lại (còn " + n.attemptsLeft() + " lần thử). Hồ sơ mới tiếp nhận "
                    + "có thể cần vài phút để hiện trên hệ thống."));
        } else if (r instanceof Result.Locked l) {
            metrics.inc("motcua_lookups_total", "result=\"locked\"");
            ctx.header("Retry-After", Long.toString(l.secondsLeft())); // the lock's real end, not a fixed half hour
            Pages.message(ctx, 429, "Quầy Một Cửa", HEADING, Pages.ICON_INFO, "Tạm khóa tra cứu hồ sơ này",
                    "Đã nhập sai quá nhiều lần. Để bảo vệ thông tin, hồ sơ này tạm thời không tra cứu được đến "
                            + Html.dateTime(l.until()) + ". Ông/bà có thể hỏi trực tiếp Bộ phận Một cửa.",
                    null, null);
        } else {
            badCode(ctx);
        }
    }

    private void badCode(Context ctx) {
        metrics.inc("motcua_lookups_total", "result=\"bad_code\"");
        Pages.message(ctx, 404, "Quầy Một Cửa", HEADING, Pages.ICON_STOP, "Mã hồ sơ không hợp lệ",
                "Vui lòng quét lại mã QR tra cứu trên giấy tiếp nhận hồ sơ, hoặc kiểm tra lại mã hồ sơ.", null, null);
    }

    private void form(Context ctx, int status, String code, Pages.Notice notice) {
        Pages.send(ctx, status, "citizen/lookup-form.jte", "code", code, "notice", notice, "csrf", csrf.issue(ctx),
                "action", "/tra-cuu/" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }

    private void result(Context ctx, LookupView d) {
        DossierStatus status = DossierStatus.fromCode(d.status()).orElse(DossierStatus.NEW);
        String statusClass = switch (status) {
            case RELEASING, DONE -> "done";
            case DENIED, CANCELLED, UNRESOLVED -> "stop";
            case WAITING, PAYING -> "wait";
            default -> "";
        };
        Pages.send(ctx, 200, "citizen/lookup-result.jte", "office", d.officeName(), "status", label(status),
                "statusClass", statusClass, "code", d.code(),
                "procedure", d.procedureName() == null ? "" : d.procedureName(),
                "receivedAt", Html.localText(d.receivedAt()),
                "appointmentAt", d.appointmentAt() == null ? "Không có ngày hẹn trả cụ thể theo quy định"
                        : Html.localText(d.appointmentAt()), "progress", d.progress());
    }

    /** The citizen-facing label: "Đã xử lý xong" reads better as "Đã có kết quả, chờ trả". */
    private static String label(DossierStatus s) {
        return switch (s) {
            case RELEASING -> "Đã có kết quả — mời ông/bà đến nhận";
            default -> s.labelVi();
        };
    }
}
