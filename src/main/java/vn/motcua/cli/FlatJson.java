package vn.motcua.cli;

import java.util.Map;

/**
 * Prints a flat object — text keys, values text, numbers, true/false or null — exactly as the JSON mapper's pretty
 * printer does, without building the mapper: {@code settings list} and other answers of that shape then start no
 * Jackson (~500 classes, a third of such a command's start; issue 18). Anything else returns null and the caller uses
 * the mapper.
 */
final class FlatJson {
    private FlatJson() {
    }

    /** The pretty JSON of {@code value}, or null when it is not a flat map. */
    static String pretty(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        if (map.isEmpty()) {
            return "{ }";
        }
        StringBuilder b = new StringBuilder("{");
        String sep = "\n  ";
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object v = e.getValue();
            if (!(e.getKey() instanceof String k) || !(v == null || v instanceof String || v instanceof Boolean
                    || v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte)) {
                return null;
            }
            b.append(sep);
            sep = ",\n  ";
            text(b, k);
            b.append(" : ");
            if (v instanceof String s) {
                text(b, s);
            } else {
                b.append(v);
            }
        }
        return b.append("\n}").toString();
    }

    /** A JSON string as Jackson writes it: quote, backslash and control characters escaped, the rest as is. */
    private static void text(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
