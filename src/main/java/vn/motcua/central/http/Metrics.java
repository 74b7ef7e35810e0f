package vn.motcua.central.http;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters exposed at {@code /metrics} in the Prometheus text format (version 0.0.4). */
public final class Metrics {
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<String, String> help = new ConcurrentHashMap<>();
    private final LongAdder durationMicros = new LongAdder();
    private final LongAdder durationCount = new LongAdder();
    private final Map<String, java.util.function.Supplier<Number>> liveGauges = new ConcurrentHashMap<>();

    /** Adds {@code n} to a counter such as {@code motcua_push_events_total{outcome="accepted"}}. */
    public void add(String name, String labels, long n) {
        counters.computeIfAbsent(labels == null || labels.isEmpty() ? name : name + "{" + labels + "}",
                k -> new LongAdder()).add(n);
    }

    public void inc(String name, String labels) {
        add(name, labels, 1);
    }

    public void describe(String name, String text) {
        help.put(name, text);
    }

    /** A gauge read at each scrape, such as the pulls waiting for their turn. */
    public void gauge(String name, java.util.function.Supplier<Number> value) {
        liveGauges.put(name, value);
    }

    public void observeRequest(long micros) {
        durationMicros.add(micros);
        durationCount.increment();
    }

    /** The exposition text, with the given gauges appended. */
    public String render(Map<String, Number> gauges) {
        StringBuilder sb = new StringBuilder();
        Map<String, Map<String, Long>> byName = new TreeMap<>();
        counters.forEach((k, v) -> {
            int brace = k.indexOf('{');
            String name = brace < 0 ? k : k.substring(0, brace);
            byName.computeIfAbsent(name, n -> new TreeMap<>()).put(k, v.sum());
        });
        byName.forEach((name, series) -> {
            sb.append("# HELP ").append(name).append(' ').append(help.getOrDefault(name, name)).append('\n');
            sb.append("# TYPE ").append(name).append(" counter\n");
            series.forEach((k, v) -> sb.append(k).append(' ').append(v).append('\n'));
        });
        sb.append("# HELP motcua_http_request_duration_seconds Time spent answering HTTP requests.\n");
        sb.append("# TYPE motcua_http_request_duration_seconds summary\n");
        sb.append("motcua_http_request_duration_seconds_sum ")
                .append(String.format(Locale.ROOT, "%.6f", durationMicros.sum() / 1e6)).append('\n');
        sb.append("motcua_http_request_duration_seconds_count ").append(durationCount.sum()).append('\n');
        String[] last = {null};
        Map<String, Number> all = new TreeMap<>(gauges);
        liveGauges.forEach((name, value) -> all.put(name, value.get()));
        all.forEach((series, value) -> {
            int brace = series.indexOf('{');
            String name = brace < 0 ? series : series.substring(0, brace);
            if (!name.equals(last[0])) {
                sb.append("# TYPE ").append(name).append(" gauge\n");
                last[0] = name;
            }
            sb.append(series).append(' ').append(value).append('\n');
        });
        return sb.toString();
    }
}
