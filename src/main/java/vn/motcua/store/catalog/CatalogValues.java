package vn.motcua.store.catalog;

import static vn.motcua.store.catalog.CatalogFile.*;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.DocumentComponent;
import vn.motcua.domain.catalog.Fee;
import vn.motcua.domain.catalog.FeeKind;
import vn.motcua.domain.catalog.Field;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.catalog.ProcedureLevel;
import vn.motcua.domain.catalog.ProcedureStep;
import vn.motcua.domain.catalog.SupplementClockPolicy;
import vn.motcua.domain.catalog.TimeUnit;
import vn.motcua.domain.text.Msg;

/** Typed access to a catalogue file's JSON members that records a problem instead of failing. */
final class CatalogValues {
    /** Reads one element of an array member. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(JsonNode node, String path);
    }


    final int position;
    private final List<CatalogProblem> problems;
    String code = "";

    CatalogValues(int position, List<CatalogProblem> problems) {
        this.position = position;
        this.problems = problems;
    }

    int count() {
        return problems.size();
    }

    void report(String path, Msg message) {
        problems.add(new CatalogProblem(position, code, path, message));
    }

    /** Reports "expected {@code want}, found {@code found}" at {@code path}. */
    void expected(String path, Msg want, Msg found) {
        report(path, Msg.of("catalog.expected", want, found));
    }

    boolean requireObject(JsonNode node, String path, Msg expected) {
        if (node != null && node.isObject()) {
            return true;
        }
        expected(path, expected, describe(node));
        return false;
    }

    /** NFC, stripped text; {@code null} when absent or wrong (a problem is recorded when required or wrong). */
    String text(JsonNode object, String member, String path, boolean required) {
        JsonNode node = object.get(member);
        if (isAbsent(node)) {
            if (required) {
                expected(path, Msg.of("catalog.want.nonBlank"), Msg.of("catalog.found.nothing"));
            }
            return required ? null : "";
        }
        if (!node.isTextual()) {
            expected(path, Msg.of("catalog.want.text"), describe(node));
            return null;
        }
        String text = clean(node.textValue());
        if (required && text.isEmpty()) {
            expected(path, Msg.of("catalog.want.nonBlank"), Msg.of("catalog.found.blank"));
            return null;
        }
        return text;
    }

    /** A whole number in [min, max]; {@code fallback} when absent (absent and no fallback is a problem). */
    Long whole(JsonNode object, String member, String path, long min, long max, Long fallback) {
        JsonNode node = object.get(member);
        if (isAbsent(node)) {
            if (fallback == null) {
                expected(path, Msg.of("catalog.want.whole"), Msg.of("catalog.found.nothing"));
            }
            return fallback;
        }
        if (!node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToLong()) {
            expected(path, Msg.of("catalog.want.whole"), describe(node));
            return null;
        }
        long value = node.longValue();
        if (value < min || value > max) {
            expected(path, range(min, max), Msg.of("catalog.found.value", value));
            return null;
        }
        return value;
    }

    Boolean flag(JsonNode object, String member, String path, boolean fallback) {
        JsonNode node = object.get(member);
        if (isAbsent(node)) {
            return fallback;
        }
        if (!node.isBoolean()) {
            expected(path, Msg.of("catalog.want.boolean"), describe(node));
            return null;
        }
        return node.booleanValue();
    }

    /** One of the keys in {@code choices} (case-insensitive); {@code fallback} when absent, required if null. */
    <E> E choice(JsonNode object, String member, String path, Map<String, E> choices, E fallback) {
        if (fallback != null && isAbsent(object.get(member))) {
            return fallback;
        }
        String text = text(object, member, path, true);
        if (text == null) {
            return null;
        }
        E value = choices.get(text.toLowerCase(Locale.ROOT));
        if (value == null) {
            expected(path, Msg.of("catalog.want.oneOf", String.join(", ", choices.keySet())),
                    Msg.of("catalog.found.quoted", text));
        }
        return value;
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static Msg range(long min, long max) {
        if (max == Long.MAX_VALUE || max == Integer.MAX_VALUE) {
            return Msg.of("catalog.want.wholeAtLeast", min);
        }
        return min == max ? Msg.of("catalog.want.wholeEqual", min) : Msg.of("catalog.want.wholeRange", min, max);
    }
}
