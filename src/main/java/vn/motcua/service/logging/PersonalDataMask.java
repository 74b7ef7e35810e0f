package vn.motcua.service.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text before it reaches a log: 12-digit personal ID numbers, 9-digit CMND numbers and
 * Vietnamese phone numbers (also written +84…/84…) keep only a few digits; an identity-card QR payload (a number
 * followed by {@code |}-separated fields: name, date of birth, address…) is replaced whole, to the end of its line.
 */
public final class PersonalDataMask {
    private static final Pattern ID12 = Pattern.compile("(?<![\\dA-Za-z])(\\d{4})\\d{6}(\\d{2})(?![\\dA-Za-z])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+A-Za-z])(?:\\+?84|0)(\\d{2})\\d{4,5}(\\d{3})(?![\\dA-Za-z])");
    private static final Pattern CARD = Pattern.compile("(?<![\\dA-Za-z])\\d{9,12}(?:\\|[^|\\r\\n]*){2,}");
    private static final Pattern CMND9 = Pattern.compile("(?<![\\dA-Za-z])(\\d{2})\\d{5}(\\d{2})(?![\\dA-Za-z])");

    private PersonalDataMask() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = replace(CARD, text, m -> "[card payload, " + m.group().split("\\|", -1).length + " fields]");
        s = replace(ID12, s, m -> m.group(1) + "******" + m.group(2));
        s = replace(PHONE, s, m -> "0" + m.group(1) + "*****" + m.group(2));
        return replace(CMND9, s, m -> m.group(1) + "*****" + m.group(2));
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
