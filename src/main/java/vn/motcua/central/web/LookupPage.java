package vn.motcua.central.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.central.http.Metrics;
import vn.motcua.central.lookup.LookupService;
import vn.motcua.central.lookup.LookupService.Result;
import vn.motcua.central.store.DossierRepository.LookupView;
import vn.motcua.central.store.DossierRepository.ProgressRow;
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
        form(ctx, 200, code.get(), "");
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
            ctx.header("Retry-After", "1800");
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

    private void form(Context ctx, int status, String code, String notice) {
        Map<String, String> v = new HashMap<>();
        v.put("code", code);
        v.put("notice", notice);
        v.put("csrf", csrf.issue(ctx));
        v.put("action", "/tra-cuu/" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        Pages.send(ctx, status, "Quầy Một Cửa", HEADING, Template.of("lookup-form").render(v));
    }

    private void result(Context ctx, LookupView d) {
        DossierStatus status = DossierStatus.fromCode(d.status()).orElse(DossierStatus.NEW);
        Map<String, String> v = new HashMap<>();
        v.put("status", label(status));
        v.put("statusClass", switch (status) {
            case RELEASING, DONE -> "done";
            case DENIED, CANCELLED, UNRESOLVED -> "stop";
            case WAITING, PAYING -> "wait";
            default -> "";
        });
        v.put("code", d.code());
        v.put("office", d.officeName());
        v.put("procedure", d.procedureName() == null ? "" : d.procedureName());
        v.put("receivedAt", Html.localText(d.receivedAt()));
        v.put("appointmentAt", d.appointmentAt() == null ? "Không có ngày hẹn trả cụ thể theo quy định"
                : Html.localText(d.appointmentAt()));
        StringBuilder steps = new StringBuilder();
        for (ProgressRow p : d.progress()) {
            steps.append("<li><span class=\"when\">").append(Html.escape(Html.localText(p.at())))
                    .append("</span><span class=\"what\">").append(Html.escape(p.action())).append("</span></li>\n");
        }
        v.put("steps", steps.toString());
        Pages.send(ctx, 200, d.officeName(), HEADING, Template.of("lookup-result").render(v));
    }

    /** The citizen-facing label: "Đã xử lý xong" reads better as "Đã có kết quả, chờ trả". */
    private static String label(DossierStatus s) {
        return switch (s) {
            case RELEASING -> "Đã có kết quả — mời ông/bà đến nhận";
            default -> s.labelVi();
        };
    }
}
