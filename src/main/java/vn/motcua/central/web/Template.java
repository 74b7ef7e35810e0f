package vn.motcua.central.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page template from {@code /vn/motcua/central/pages/NAME.html}: {@code {{key}}} is replaced by the HTML-escaped
 * value, {@code {{{key}}}} by the value as is (markup built by {@link Html}). A key without a value is an error, so a
 * typo cannot silently print nothing.
 */
public final class Template {
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\{?)([a-zA-Z0-9_]+)\\}?\\}\\}");
    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final String text;

    private Template(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public static Template of(String name) {
        return CACHE.computeIfAbsent(name, n -> new Template(n, resource("pages/" + n + ".html")));
    }

    /** A resource of {@code /vn/motcua/central/} as text. */
    public static String resource(String path) {
        try (InputStream in = Template.class.getResourceAsStream("/vn/motcua/central/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /vn/motcua/central/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String render(Map<String, String> values) {
        Matcher m = SLOT.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 512);
        while (m.find()) {
            boolean raw = !m.group(1).isEmpty();
            String key = m.group(2);
            String v = values.get(key);
            if (v == null) {
                throw new IllegalStateException("template " + name + " needs a value for " + key);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(raw ? v : Html.escape(v)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
