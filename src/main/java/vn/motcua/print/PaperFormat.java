package vn.motcua.print;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A paper the forms are laid out for: size, margins and the body text size that reads well on it. Sizes in PDF points
 * (1/72 inch). The 80 mm roll has no fixed height: each copy is one page as long as its content.
 */
public enum PaperFormat {
    A5("a5", "A5", mm(148), mm(210), mm(9), mm(9), mm(15), mm(10), 8.6f),
    A4("a4", "A4", mm(210), mm(297), mm(20), mm(18), mm(30), mm(15), 11.5f),
    A4_LANDSCAPE("a4-landscape", "A4 ngang", mm(297), mm(210), mm(12), mm(12), mm(15), mm(12), 8f),
    /** 80 mm thermal roll: 72 mm printable (576 dots at 203 dpi) between 4 mm margins. */
    ROLL_80MM("80mm", "Cuộn 80 mm", mm(80), 0, mm(3), mm(6), mm(4), mm(4), 7.6f);

    private final String key;
    private final String labelVi;
    private final float width;
    private final float height;
    private final float top;
    private final float bottom;
    private final float left;
    private final float right;
    private final float bodySize;

    PaperFormat(String key, String labelVi, float width, float height, float top, float bottom, float left,
                float right, float bodySize) {
        this.key = key;
        this.labelVi = labelVi;
        this.width = width;
        this.height = height;
        this.top = top;
        this.bottom = bottom;
        this.left = left;
        this.right = right;
        this.bodySize = bodySize;
    }

    public static float mm(double millimetres) {
        return (float) (millimetres * 72.0 / 25.4);
    }

    /** The key used in settings and on the command line: {@code a5}, {@code a4}, {@code 80mm}, {@code a4-landscape}. */
    public String key() {
        return key;
    }

    public String labelVi() {
        return labelVi;
    }

    public float width() {
        return width;
    }

    /** Page height in points; 0 for the continuous roll. */
    public float height() {
        return height;
    }

    public boolean continuous() {
        return height == 0;
    }

    public float top() {
        return top;
    }

    public float bottom() {
        return bottom;
    }

    public float left() {
        return left;
    }

    public float right() {
        return right;
    }

    public float contentWidth() {
        return width - left - right;
    }

    /** Body text size in points. */
    public float bodySize() {
        return bodySize;
    }

    /** Narrow papers stack the two header blocks instead of setting them side by side. */
    public boolean narrow() {
        return contentWidth() < 260;
    }

    /** Accepts the key ({@code a5}, {@code 80mm}, …) or the enum name, any case. */
    public static Optional<PaperFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.key.equals(t) || p.name().toLowerCase(Locale.ROOT).equals(t)
                        || (p == ROLL_80MM && (t.equals("80") || t.equals("roll"))))
                .findFirst();
    }
}
