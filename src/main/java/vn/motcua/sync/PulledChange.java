package vn.motcua.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import vn.motcua.sync.wire.WireJson;

/**
 * One change of a {@link PulledPage}: its members other than {@code "data"} as a tree, and its {@code "data"} either
 * in that tree (a page read the old way, or a {@code "data"} that is not an object) or as the byte range
 * {@code [from, to)} of the answer {@code bytes}.
 *
 * @param plain every number in the data's bytes is an integer a tree writes back as it stands (see
 *              {@link PulledPage}); the typed reading is tried only then
 */
record PulledChange(JsonNode envelope, byte[] bytes, int from, int to, boolean plain) {

    /** A change read the old way (also: the applier's entry point for a change given as a tree). */
    static PulledChange of(JsonNode change) {
        return new PulledChange(change, null, 0, 0, false);
    }

    /** True when the data is an object kept as bytes. */
    boolean hasBytes() {
        return bytes != null;
    }

    /** The data as the tree of the whole page had it (null when there is none). */
    JsonNode data() throws JsonProcessingException {
        if (bytes == null) {
            return envelope.get("data");
        }
        try {
            return WireJson.mapper().readTree(new java.io.ByteArrayInputStream(bytes, from, to - from));
        } catch (JsonProcessingException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
