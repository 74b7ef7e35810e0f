package vn.motcua.domain.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text clean-up used on every input, and the folded form used for search (ARCHITECTURE.md
 * "Things every part respects": NFC on input, search folds diacritics and đ→d itself).
 */
public final class Text {

    private Text() {
    }

    /**
     * Cleans one input value: strips control and invisible format characters, normalises to NFC,
     * turns every kind of white space (tab, new line, no-break space, …) into one ordinary space,
     * collapses runs of spaces and trims.
     *
     * @return the clean text, {@code ""} when only white space was given, {@code null} for {@code null}
     */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        String visible = spacesForWhitespace(s);
        return collapseSpaces(Normalizer.normalize(visible, Normalizer.Form.NFC));
    }

    /**
     * The search key of a text: no diacritics, đ/Đ → d, lower case, every run of characters that is
     * neither letter nor digit becomes one space. {@code fold("Nguyễn Văn Đức")} is {@code "nguyen van duc"}.
     * NFC and NFD spellings of the same text give the same key.
     *
     * @return the key; {@code ""} for {@code null} so that keys can always be compared
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> appendFolded(out, cp));
        return collapseSpaces(out.toString());
    }

    /**
     * A person's name as it is written on papers: {@link #nfc(String) clean}, then the first letter of each word
     * upper case and the rest lower case ("nguyễn văn đức" → "Nguyễn Văn Đức"). Letters after a hyphen or an
     * apostrophe also start a word, as in names of the Central Highlands ("h'hen niê" → "H'Hen Niê").
     *
     * @return the name, or {@code null} for {@code null}
     */
    public static String personName(String s) {
        String clean = nfc(s);
        if (clean == null) {
            return null;
        }
        String lower = clean.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean wordStart = true;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            out.appendCodePoint(wordStart ? Character.toTitleCase(cp) : cp);
            wordStart = cp == ' ' || cp == '-' || cp == '\'' || cp == '\u2019';
            i += Character.charCount(cp);
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /** True when {@code s} is null or has nothing but white space and invisible characters. */
    public static boolean isBlank(String s) {
        return s == null || nfc(s).isEmpty();
    }

    private static void appendFolded(StringBuilder out, int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                // a tone or vowel mark after NFD: dropped
            }
            default -> {
                if (cp == 'đ' || cp == 'Đ') {
                    out.append('d');
                } else if (Character.isLetterOrDigit(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(' ');
                }
            }
        }
    }

    private static String spacesForWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (isSpace(cp)) {
                out.append(' ');
            } else if (!isInvisible(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u0085';
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
