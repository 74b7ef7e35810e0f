package vn.motcua.central.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The central server's page templates: JTE files under {@code src/main/jte}, compiled to Java classes at build time
 * (package {@code vn.motcua.central.web.jte}; decision 0011), so the server needs no compiler at run time. Output is
 * HTML-escaped by the engine wherever a value is written ({@code ${…}}).
 */
public final class Views {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "vn.motcua.central.web.jte");

    private Views() {
    }

    /** Renders {@code name} (e.g. {@code citizen/message.jte}) with named parameters given as pairs. */
    public static String render(String name, Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name/value pairs");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put((String) pairs[i], pairs[i + 1]);
        }
        StringOutput out = new StringOutput(8192);
        ENGINE.render(name, params, out);
        return out.toString();
    }

    /** A resource of {@code /vn/motcua/central/} as text. */
    public static String resource(String path) {
        try (InputStream in = Views.class.getResourceAsStream("/vn/motcua/central/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /vn/motcua/central/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
