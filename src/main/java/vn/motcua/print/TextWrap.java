package vn.motcua.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps styled text to a width measured on the real glyphs ({@link FontSet#width}): words break at spaces and at
 * forced line breaks, a word longer than a line breaks between characters, and neighbouring pieces of one style join
 * into one fragment (so the PDF's text extracts as written). Used by {@link Layout} for paragraphs, headers and table
 * cells.
 */
final class TextWrap {
    /** One fragment of a wrapped line: x relative to the line start, its text and style. */
    record Frag(float dx, String text, TextStyle style) {
    }

    /** One wrapped line: its fragments and width. */
    record Line(List<Frag> frags, float width) {
    }

    private final FontSet fonts;

    TextWrap(FontSet fonts) {
        this.fonts = fonts;
    }

    /** A word as pieces of differently styled text (e.g. "sơ:" then a bold code glued to it). */
    private record Piece(String text, TextStyle style) {
    }

    List<Line> lines(List<Span> spans, float size, float firstWidth, float restWidth) {
        List<List<Piece>> words = new ArrayList<>();
        List<TextStyle> spaceStyles = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        TextStyle pendingSpace = null;
        for (Span s : spans) {
            String t = fonts.clean(s.text().replace("\n", "\u2028"));
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\u2028') {
                    // A forced line break: end the word, then a break marker.
                    if (sb.length() > 0) {
                        current.add(new Piece(sb.toString(), s.style()));
                        sb.setLength(0);
                    }
                    if (!current.isEmpty()) {
                        words.add(current);
                        spaceStyles.add(pendingSpace);
                        current = new ArrayList<>();
                    }
                    words.add(null);
                    spaceStyles.add(null);
                    pendingSpace = null;
                } else if (c == ' ') {
                    if (sb.length() > 0) {
                        current.add(new Piece(sb.toString(), s.style()));
                        sb.setLength(0);
                    }
                    if (!current.isEmpty()) {
                        words.add(current);
                        spaceStyles.add(pendingSpace);
                        current = new ArrayList<>();
                    }
                    pendingSpace = s.style();
                } else {
                    sb.append(c);
                }
            }
            if (sb.length() > 0) {
                current.add(new Piece(sb.toString(), s.style()));
                sb.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            words.add(current);
            spaceStyles.add(pendingSpace);
        }
        List<Line> lines = new ArrayList<>();
        List<Frag> frags = new ArrayList<>();
        float x = 0;
        float max = firstWidth;
        for (int wi = 0; wi < words.size(); wi++) {
            List<Piece> word = words.get(wi);
            if (word == null) {
                lines.add(new Line(merge(frags), x));
                frags = new ArrayList<>();
                x = 0;
                max = restWidth;
                continue;
            }
            float ww = 0;
            for (Piece p : word) {
                ww += fonts.width(p.text(), p.style(), size);
            }
            TextStyle spaceStyle = spaceStyles.get(wi) == null ? word.get(0).style() : spaceStyles.get(wi);
            float sw = frags.isEmpty() ? 0 : fonts.width(" ", spaceStyle, size);
            if (!frags.isEmpty() && x + sw + ww > max) {
                lines.add(new Line(merge(frags), x));
                frags = new ArrayList<>();
                x = 0;
                sw = 0;
                max = restWidth;
            }
            if (ww > max) {
                // A word longer than a whole line (a long code, a name without spaces): break it by characters.
                if (!frags.isEmpty()) {
                    lines.add(new Line(merge(frags), x));
                    frags = new ArrayList<>();
                    x = 0;
                    sw = 0;
                    max = restWidth;
                }
                for (Piece p : word) {
                    for (int i = 0; i < p.text().length(); i++) {
                        String ch = p.text().substring(i, i + 1);
                        float cw = fonts.width(ch, p.style(), size);
                        if (x + cw > max && x > 0) {
                            lines.add(new Line(merge(frags), x));
                            frags = new ArrayList<>();
                            x = 0;
                            max = restWidth;
                        }
                        frags.add(new Frag(x, ch, p.style()));
                        x += cw;
                    }
                }
                continue;
            }
            if (sw > 0) {
                frags.add(new Frag(x, " ", spaceStyle));
                x += sw;
            }
            for (Piece p : word) {
                frags.add(new Frag(x, p.text(), p.style()));
                x += fonts.width(p.text(), p.style(), size);
            }
        }
        if (!frags.isEmpty()) {
            lines.add(new Line(merge(frags), x));
        }
        return lines;
    }

    /** Joins neighbouring fragments of one style into one string (real spaces, so text extracts as written). */
    private static List<Frag> merge(List<Frag> frags) {
        List<Frag> out = new ArrayList<>();
        Frag open = null;
        for (Frag f : frags) {
            if (open != null && open.style() == f.style()) {
                open = new Frag(open.dx(), open.text() + f.text(), open.style());
            } else {
                if (open != null) {
                    out.add(open);
                }
                open = f;
            }
        }
        if (open != null) {
            out.add(open);
        }
        // A line never starts or ends with a space fragment.
        if (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
