package vn.motcua.domain.citizen;

import java.text.Normalizer;

/** Removes the separators people type inside numbers (spaces, dots, dashes, brackets). */
final class Separators {

    private Separators() {
    }

    /**
     * Compatibility-normalises {@code raw} (full-width digits become ASCII) and removes every white space,
     * dash-like character and any character listed in {@code removable}.
     *
     * @return the remaining characters; {@code ""} for {@code null}
     */
    static String strip(String raw, String removable) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> !isSeparator(cp, removable))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isSeparator(int cp, String removable) {
        return Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.DASH_PUNCTUATION
                || Character.getType(cp) == Character.FORMAT
                || removable.indexOf(cp) >= 0;
    }
}
