package vn.motcua.central.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.motcua.central.http.Metrics;
import vn.motcua.central.rating.RatingCriterion;
import vn.motcua.central.rating.RatingService;
import vn.motcua.central.rating.RatingService.Submitted;
import vn.motcua.central.rating.RatingService.Target;
import vn.motcua.central.store.CentralStoreException;
import vn.motcua.central.store.RatingRepository.StoredRating;
import vn.motcua.domain.rating.RatingLevel;
import vn.motcua.domain.text.Text;
import vn.motcua.sync.wire.WireJson;

/**
 * {@code GET/POST /r/{code}?t={token}}: the citizen's rating page (DOMAIN.md §5). Shows the office and the procedure
 * only; three levels, a reason required for "Không hài lòng", the optional criteria; one rating per dossier, which
 * may be changed within the configured window.
 */
public final class RatingPage {
    static final String HEADING = "Đánh giá sự hài lòng";
    static final int MAX_REASON = 1000;

    private final RatingService ratings;
    private final Csrf csrf;
    private final Metrics metrics;

    public RatingPage(RatingService ratings, Csrf csrf, Metrics metrics) {
        this.ratings = ratings;
        this.csrf = csrf;
        this.metrics = metrics;
    }

    public void show(Context ctx) {
        Optional<Target> target = target(ctx);
        if (target.isEmpty()) {
            forbidden(ctx);
            return;
        }
        Target t = target.get();
        Optional<StoredRating> existing = t.existing();
        if (existing.isPresent() && ratings.changeableUntil(existing.get().ratedAt()).isBefore(ratings.now())) {
            alreadyFinal(ctx, t, existing.get(), 200);
            return;
        }
        Form form = existing.map(Form::of).orElseGet(Form::empty);
        Pages.Notice notice = existing.map(r -> Pages.notice("info", "Ông/bà đã đánh giá hồ sơ này: «"
                + RatingLevel.valueOf(r.level()).labelVi() + "». Ông/bà có thể thay đổi đánh giá đến "
                + Html.dateTime(ratings.changeableUntil(r.ratedAt())) + ".")).orElse(null);
        render(ctx, 200, t, form, notice);
    }

    public void submit(Context ctx) {
        Optional<Target> target = target(ctx);
        if (target.isEmpty()) {
            forbidden(ctx);
            return;
        }
        Target t = target.get();
        if (!csrf.verify(ctx)) {
            metrics.inc("motcua_ratings_total", "result=\"csrf_refused\"");
            Pages.message(ctx, 403, t.officeName(), HEADING, Pages.ICON_INFO, "Phiên đánh giá đã hết hạn",
                    "Trang đánh giá đã mở quá lâu hoặc trình duyệt chặn cookie. Vui lòng mở lại trang và gửi "
                            + "đánh giá một lần nữa.", link(t, ctx.queryParam("t")), "Mở lại trang đánh giá");
            return;
        }
        Form form = Form.read(ctx);
        if (form.error != null) {
            metrics.inc("motcua_ratings_total", "result=\"invalid\"");
            render(ctx, 422, t, form, Pages.notice("error", form.error));
            return;
        }
        Submitted s = ratings.submit(t, form.level, form.reason, form.criteria, ctx.attribute("motcua.client"));
        switch (s.outcome()) {
            case TOO_LATE -> {
                metrics.inc("motcua_ratings_total", "result=\"too_late\"");
                alreadyFinal(ctx, t, t.existing().orElse(null), 409);
            }
            case CREATED, UPDATED -> {
                metrics.inc("motcua_ratings_total", "result=\"" + s.outcome().name().toLowerCase(Locale.ROOT) + "\"");
                Pages.message(ctx, 200, t.officeName(), HEADING, Pages.ICON_OK, "Cảm ơn ông/bà đã đánh giá!",
                        "Đánh giá «" + form.level.labelVi() + "» đã được ghi nhận"
                                + (s.outcome() == RatingService.Outcome.UPDATED ? " (đã cập nhật)" : "")
                                + ". Ông/bà có thể thay đổi đánh giá đến " + Html.dateTime(s.changeableUntil()) + ".",
                        link(t, ctx.queryParam("t")), "Xem hoặc sửa đánh giá");
            }
            default -> throw new IllegalStateException("unexpected outcome " + s.outcome());
        }
    }

    private Optional<Target> target(Context ctx) {
        return ratings.target(ctx.pathParam("code"), ctx.queryParam("t"));
    }

    private void forbidden(Context ctx) {
        metrics.inc("motcua_ratings_total", "result=\"forbidden\"");
        Pages.message(ctx, 403, "Quầy Một Cửa", HEADING, Pages.ICON_STOP, "Liên kết đánh giá không hợp lệ",
                "Liên kết này không đúng hoặc đã bị thay đổi. Vui lòng quét lại mã QR in trên giấy tiếp nhận hồ sơ, "
                        + "hoặc hỏi cán bộ tại Bộ phận Một cửa.", null, null);
    }

    private void alreadyFinal(Context ctx, Target t, StoredRating r, int status) {
        String when = r == null ? "" : " lúc " + Html.dateTime(r.ratedAt());
        String level = r == null ? "" : " «" + RatingLevel.valueOf(r.level()).labelVi() + "»";
        Pages.message(ctx, status, t.officeName(), HEADING, Pages.ICON_INFO, "Hồ sơ này đã được đánh giá",
                "Ông/bà đã đánh giá" + level + when + ". Mỗi hồ sơ được đánh giá một lần và thời hạn thay đổi "
                        + "đánh giá đã hết. Cảm ơn ông/bà đã góp ý.", null, null);
    }

    private void render(Context ctx, int status, Target t, Form form, Pages.Notice notice) {
        Pages.send(ctx, status, "citizen/rating-form.jte", "office", t.officeName(), "code", t.code(),
                "procedure", t.procedureName() == null ? "Đang cập nhật" : t.procedureName(), "notice", notice,
                "action", link(t, ctx.queryParam("t")), "csrf", csrf.issue(ctx), "level", form.level,
                "reason", form.reason == null ? "" : form.reason, "criteria", form.criteria);
    }

    private static String link(Target t, String token) {
        return "/r/" + URLEncoder.encode(t.code(), StandardCharsets.UTF_8) + "?t="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The submitted form, read and checked; {@code error} is the first problem, in Vietnamese. */
    private static final class Form {
        RatingLevel level;
        String reason;
        final Map<RatingCriterion, String> criteria = new EnumMap<>(RatingCriterion.class);
        String error;

        static Form empty() {
            return new Form();
        }

        static Form of(StoredRating r) {
            Form f = new Form();
            f.level = RatingLevel.valueOf(r.level());
            f.reason = r.reason();
            if (r.criteria() != null) {
                JsonNode stored = readTree(r.criteria());
                for (RatingCriterion c : RatingCriterion.values()) {
                    String v = stored.path(c.key()).asText(null);
                    if (v != null && c.accepts(v)) {
                        f.criteria.put(c, v);
                    }
                }
            }
            return f;
        }

        private static JsonNode readTree(String json) {
            try {
                return WireJson.mapper().readTree(json);
            } catch (JsonProcessingException e) {
                throw new CentralStoreException("stored rating criteria unreadable", e);
            }
        }

        static Form read(Context ctx) {
            Form f = new Form();
            String level = ctx.formParam("level");
            for (RatingLevel l : RatingLevel.values()) {
                if (l.name().equals(level)) {
                    f.level = l;
                }
            }
            String reason = Text.nfc(ctx.formParam("reason"));
            f.reason = reason == null || reason.isBlank() ? null : reason.strip();
            for (RatingCriterion c : RatingCriterion.values()) {
                String v = ctx.formParam(c.formField());
                if (v != null && !v.isEmpty()) {
                    if (!c.accepts(v)) {
                        f.error = "Câu trả lời cho «" + c.questionVi() + "» không hợp lệ.";
                    } else {
                        f.criteria.put(c, v);
                    }
                }
            }
            if (f.level == null) {
                f.error = "Vui lòng chọn một mức: Rất hài lòng, Hài lòng hoặc Không hài lòng.";
            } else if (f.level.reasonRequired() && f.reason == null) {
                f.error = "Vui lòng cho biết lý do ông/bà không hài lòng.";
            } else if (f.reason != null && f.reason.length() > MAX_REASON) {
                f.error = "Lý do, góp ý tối đa " + MAX_REASON + " ký tự.";
                f.reason = f.reason.substring(0, MAX_REASON);
            }
            return f;
        }
    }
}
