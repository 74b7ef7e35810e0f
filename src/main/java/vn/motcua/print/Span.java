package vn.motcua.print;

/** A run of text in one style. Null text prints as nothing. */
public record Span(String text, TextStyle style) {
    public Span {
        text = text == null ? "" : text;
        style = style == null ? TextStyle.REGULAR : style;
    }

    public static Span regular(String text) {
        return new Span(text, TextStyle.REGULAR);
    }

    public static Span bold(String text) {
        return new Span(text, TextStyle.BOLD);
    }

    public static Span italic(String text) {
        return new Span(text, TextStyle.ITALIC);
    }
}
