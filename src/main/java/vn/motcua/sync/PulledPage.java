package vn.motcua.sync;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.sync.wire.WireJson;

/**
 * One pull page as the desk applies it (issue 18, decision 0037): read from the answer's bytes in one streaming pass,
 * without the body as a {@code String} and without a tree of the whole page. The page's own members and each
 * change's members other than {@code "data"} become small trees ({@link #head}, {@link PulledChange#envelope}), read
 * exactly as before; a change's {@code "data"} object is kept as its byte range of the answer, which the applier
 * reads straight into typed values ({@link DossierData}) or, for anything else, into the same tree as before.
 *
 * <p>Whatever this pass does not take in its stride — a body that is not an object with an array of objects for
 * {@code "changes"}, bytes that are not strict UTF-8, a syntax error, trailing tokens — is read the old way (the body
 * as text into one tree, {@link #ofTree}), so a garbled page fails with the same error as before and an odd but
 * readable one is applied as before.
 */
final class PulledPage {
    /** The wire's tree reading of one value in the middle of the page (what follows it is the page's, not trailing). */
    private static final com.fasterxml.jackson.databind.ObjectReader TREE = WireJson.mapper().reader()
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final JsonNode head;
    private final List<PulledChange> changes;

    private PulledPage(JsonNode head, List<PulledChange> changes) {
        this.head = head;
        this.changes = changes;
    }

    /** The page's members other than {@code "changes"} (all of them for a page read as one tree). */
    JsonNode head() {
        return head;
    }

    /** The changes; null when {@code "changes"} is missing or not an array. */
    List<PulledChange> changes() {
        return changes;
    }

    /** A page read the old way: the whole body as one tree. */
    static PulledPage ofTree(JsonNode page) {
        if (page == null) {
            return null;
        }
        JsonNode list = page.path("changes");
        List<PulledChange> out = null;
        if (list.isArray()) {
            out = new ArrayList<>(list.size());
            for (JsonNode ch : list) {
                out.add(new PulledChange(ch, null, 0, 0, false));
            }
        }
        return new PulledPage(page, out);
    }

    /**
     * The page of an answer's bytes.
     *
     * @throws JsonProcessingException exactly when the old reading of the body (as UTF-8 text, into a tree) throws
     */
    static PulledPage read(byte[] body) throws JsonProcessingException {
        if (strictUtf8(body)) {
            try {
                PulledPage p = scan(body);
                if (p != null) {
                    return p;
                }
            } catch (IOException | RuntimeException e) {
                // read below as before: the same page or the same error
            }
        }
        return ofTree(WireJson.mapper().readValue(new String(body, StandardCharsets.UTF_8), JsonNode.class));
    }

    /** The streaming pass; null when the page is not of the usual shape (read as one tree instead). */
    private static PulledPage scan(byte[] body) throws IOException {
        try (JsonParser p = WireJson.mapper().getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            ObjectNode head = JsonNodeFactory.instance.objectNode();
            List<PulledChange> changes = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("changes".equals(name)) {
                    if (t != JsonToken.START_ARRAY) {
                        return null;
                    }
                    changes = new ArrayList<>();
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t != JsonToken.START_OBJECT) {
                            return null;
                        }
                        changes.add(change(p, body));
                    }
                    head.remove("changes");
                } else {
                    head.set(name, TREE.readTree(p));
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null || changes == null) {
                return null;
            }
            return new PulledPage(head, changes);
        }
    }

    /** One change, the parser on its START_OBJECT; leaves it on the change's END_OBJECT. */
    private static PulledChange change(JsonParser p, byte[] body) throws IOException {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        int from = -1;
        int to = -1;
        boolean plain = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if ("data".equals(name) && t == JsonToken.START_OBJECT) {
                envelope.remove("data");
                from = (int) p.currentTokenLocation().getByteOffset();
                plain = skipObject(p);
                to = (int) p.currentLocation().getByteOffset();
            } else {
                if ("data".equals(name)) {
                    from = -1;
                }
                envelope.set(name, TREE.readTree(p));
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw new IOException("change not closed");
        }
        return from < 0 ? new PulledChange(envelope, null, 0, 0, false)
                : new PulledChange(envelope, body, from, to, plain);
    }

    /**
     * Skips an object (the parser on its START_OBJECT, left on its END_OBJECT); true when every number in it is an
     * integer written as a tree writes it back (no fraction or exponent, no {@code -0}, within a long): only then may
     * the typed reading stand in for the tree's (a tree turns {@code 1.50} into {@code 1.5}).
     */
    private static boolean skipObject(JsonParser p) throws IOException {
        boolean plain = true;
        int depth = 1;
        while (depth > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new IOException("unexpected end");
            }
            switch (t) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                case VALUE_NUMBER_FLOAT -> plain = false;
                case VALUE_NUMBER_INT -> {
                    JsonParser.NumberType nt = p.getNumberType();
                    if (nt == JsonParser.NumberType.BIG_INTEGER
                            || p.getLongValue() == 0 && p.getText().charAt(0) == '-') {
                        plain = false;
                    }
                }
                default -> {
                }
            }
        }
        return plain;
    }

    /**
     * True when the bytes are UTF-8 as {@code new String(bytes, UTF_8)} reads them without replacing anything: no
     * byte that never occurs in UTF-8, no overlong form, no encoded surrogate, nothing above U+10FFFF, every
     * sequence complete. Jackson's byte reader is more lenient on some of these; such a body is read as text, as before.
     * The JDK's own decoder judges, into a small reused buffer (no copy of the page as characters).
     */
    static boolean strictUtf8(byte[] b) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            out.clear();
            if (r.isUnderflow()) {
                return !decoder.flush(out).isError();
            }
        }
    }
}
