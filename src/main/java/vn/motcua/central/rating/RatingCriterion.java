package vn.motcua.central.rating;

import java.util.List;

/**
 * The optional detailed questions of the rating page, a citizen-facing subset of the provincial criteria sheet
 * (DOMAIN.md §5.1): criteria scored 2 / 1 / 0 points, and convenience answered on the three-level scale.
 */
public enum RatingCriterion {
    TIME("time", "Thời gian giải quyết so với thời hạn hẹn trả",
            List.of(new Choice("2", "Sớm hơn hẹn"), new Choice("1", "Đúng hẹn"), new Choice("0", "Muộn hơn hẹn"))),
    CONTACTS("contacts", "Số lần ông/bà phải liên hệ để hoàn thiện hồ sơ",
            List.of(new Choice("2", "Không lần nào"), new Choice("1", "1 lần"), new Choice("0", "Từ 2 lần trở lên"))),
    PUBLICITY("publicity", "Thủ tục, giấy tờ cần nộp được niêm yết, hướng dẫn",
            List.of(new Choice("2", "Đầy đủ, dễ hiểu"), new Choice("1", "Có nhưng khó hiểu"),
                    new Choice("0", "Không thấy"))),
    ATTITUDE("attitude", "Thái độ của cán bộ tiếp nhận",
            List.of(new Choice("2", "Lịch sự, tận tình"), new Choice("1", "Bình thường"),
                    new Choice("0", "Chưa đúng mực"))),
    CONVENIENCE("convenience", "Sự thuận tiện khi làm thủ tục",
            List.of(new Choice("VERY_SATISFIED", "Rất hài lòng"), new Choice("SATISFIED", "Hài lòng"),
                    new Choice("DISSATISFIED", "Không hài lòng")));

    /** One answer: the stored value and its label. */
    public record Choice(String value, String labelVi) {
    }

    private final String key;
    private final String questionVi;
    private final List<Choice> choices;

    RatingCriterion(String key, String questionVi, List<Choice> choices) {
        this.key = key;
        this.questionVi = questionVi;
        this.choices = choices;
    }

    /** The key in stored JSON; the form field is {@code c_KEY}. */
    public String key() {
        return key;
    }

    public String formField() {
        return "c_" + key;
    }

    public String questionVi() {
        return questionVi;
    }

    public List<Choice> choices() {
        return choices;
    }

    public boolean accepts(String value) {
        return choices.stream().anyMatch(c -> c.value().equals(value));
    }
}
