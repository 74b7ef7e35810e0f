package vn.motcua.central.sync;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * JSON as the database holds it (UTF-8 bytes, read with {@code getBytes}), written into an answer as it is: the bytes
 * go straight into Jackson's UTF-8 output buffer, without decoding them into a String and encoding them back (the pull
 * answer's main cost, docs/performance.md, issue 18). Only the raw-value methods are used by the generator; the
 * quoted forms would be a JSON string of the text and are given for completeness.
 */
final class StoredJson implements SerializableString {
    private final byte[] utf8;
    private String text;

    private StoredJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** A raw JSON value of these UTF-8 bytes (for a tree). */
    static RawValue raw(byte[] utf8) {
        return new RawValue(new StoredJson(utf8));
    }

    /** These UTF-8 bytes for {@code JsonGenerator.writeRawValue}. */
    static SerializableString of(byte[] utf8) {
        return new StoredJson(utf8);
    }

    @Override
    public String getValue() {
        if (text == null) {
            text = new String(utf8, StandardCharsets.UTF_8);
        }
        return text;
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
        return quoted().asQuotedChars();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8;
    }

    @Override
    public byte[] asQuotedUTF8() {
        return quoted().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return quoted().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return quoted().appendQuoted(buffer, offset);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        String s = getValue();
        if (offset + s.length() > buffer.length) {
            return -1;
        }
        s.getChars(0, s.length(), buffer, offset);
        return s.length();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return quoted().writeQuotedUTF8(out);
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        return quoted().putQuotedUTF8(buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (buffer.remaining() < utf8.length) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    private com.fasterxml.jackson.core.io.SerializedString quoted() {
        return new com.fasterxml.jackson.core.io.SerializedString(getValue());
    }

    @Override
    public String toString() {
        return getValue();
    }
}
