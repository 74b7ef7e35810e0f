package vn.motcua.sync.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Times in the shapes {@code LocalDateTime.toString()} and {@code OffsetDateTime.toString()} write, read by hand
 * instead of through {@code DateTimeFormatter} (issue 18: the formatter was a tenth of the push's CPU). Anything else
 * — other shapes, out-of-range fields — is left to the standard readers, so what is accepted or refused is unchanged.
 */
public final class WireTimes {
    private WireTimes() {
    }

    /**
     * {@code yyyy-MM-ddTHH:mm[:ss[.f…]]} with every digit in place; null for anything else (also an out-of-range
     * field), which the caller then gives to {@link LocalDateTime#parse}.
     */
    public static LocalDateTime local(String v) {
        int n = v.length();
        if (n < 16 || n == 17 || n == 18 || n == 20 || n > 29 || v.charAt(4) != '-' || v.charAt(7) != '-'
                || v.charAt(10) != 'T' || v.charAt(13) != ':' || (n > 16 && v.charAt(16) != ':')
                || (n > 19 && v.charAt(19) != '.')) {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        int hour = digits(v, 11, 13);
        int minute = digits(v, 14, 16);
        int second = n > 16 ? digits(v, 17, 19) : 0;
        int nano = 0;
        if (n > 19) {
            int f = digits(v, 20, n);
            if (f < 0) {
                return null;
            }
            nano = f;
            for (int i = n - 20; i < 9; i++) {
                nano *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nano);
        } catch (DateTimeException ex) {
            return null;
        }
    }

    /**
     * {@link #local} followed by {@code Z} or {@code ±HH:MM}; null for anything else, which the caller then gives to
     * the standard reader ({@code DateTimeFormatter.ISO_OFFSET_DATE_TIME}).
     */
    public static OffsetDateTime offset(String v) {
        int n = v.length();
        if (n < 17) {
            return null;
        }
        ZoneOffset offset;
        int end;
        if (v.charAt(n - 1) == 'Z') {
            offset = ZoneOffset.UTC;
            end = n - 1;
        } else if (n >= 22 && v.charAt(n - 3) == ':' && (v.charAt(n - 6) == '+' || v.charAt(n - 6) == '-')) {
            int h = digits(v, n - 5, n - 3);
            int m = digits(v, n - 2, n);
            if (h < 0 || m < 0) {
                return null;
            }
            int sign = v.charAt(n - 6) == '-' ? -1 : 1;
            try {
                offset = ZoneOffset.ofHoursMinutes(sign * h, sign * m);
            } catch (DateTimeException ex) {
                return null;
            }
            end = n - 6;
        } else {
            return null;
        }
        LocalDateTime t = local(v.substring(0, end));
        return t == null ? null : OffsetDateTime.of(t, offset);
    }

    /** The number written by the ASCII digits {@code v[from, to)}; -1 when one is not a digit. */
    private static int digits(String v, int from, int to) {
        int out = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            out = out * 10 + (c - '0');
        }
        return out;
    }

    /**
     * Reads an {@link OffsetDateTime} member with {@link #offset}, and anything it does not read with the mapper's
     * standard reader (the same value or the same refusal as before). For a member annotated
     * {@code @JsonDeserialize(using = OffsetReader.class)}; the offset is kept as written, as the wire mapper does.
     */
    public static final class OffsetReader extends JsonDeserializer<OffsetDateTime> {
        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                OffsetDateTime quick = offset(p.getText());
                if (quick != null) {
                    return quick;
                }
            }
            return ctxt.readValue(p, OffsetDateTime.class);
        }
    }
}
