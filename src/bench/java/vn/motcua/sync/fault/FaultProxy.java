package vn.motcua.sync.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fault-injecting HTTP/1.1 proxy for sync tests and the soak run: one request per connection (it forces
 * {@code Connection: close}), and per request, chosen by a seeded random: pass, drop the connection mid-request,
 * drop it mid-response, delay, send the request twice upstream, answer 502 without forwarding, answer 500 after the
 * server did the work, or cut the response body short. {@link #heal()} turns faults off.
 */
public final class FaultProxy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FaultProxy.class);

    /** What can happen to one request. */
    public enum Fault { NONE, DROP_MID_REQUEST, DROP_MID_RESPONSE, DELAY, DUPLICATE, BAD_GATEWAY_502,
        SERVER_ERROR_500_AFTER, TRUNCATED_BODY }

    private final ServerSocket server;
    private final String upstreamHost;
    private final int upstreamPort;
    private final long seed;
    private final Random random;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Map<Fault, AtomicLong> counts = new ConcurrentHashMap<>();
    private volatile double faultRate;
    private volatile boolean closed;

    /**
     * @param faultRate share of requests that get a fault (0 = a plain proxy)
     */
    public FaultProxy(String upstreamHost, int upstreamPort, long seed, double faultRate) throws IOException {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        this.seed = seed;
        this.random = new Random(seed);
        this.faultRate = faultRate;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        for (Fault f : Fault.values()) {
            counts.put(f, new AtomicLong());
        }
        Thread acceptor = new Thread(this::acceptLoop, "fault-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("Fault proxy on port {} → {}:{}, seed {}, fault rate {}", server.getLocalPort(), upstreamHost,
                upstreamPort, seed, faultRate);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public long seed() {
        return seed;
    }

    /** From now on every request passes untouched. */
    public void heal() {
        faultRate = 0;
    }

    public void setFaultRate(double rate) {
        faultRate = rate;
    }

    /** How many requests got each fault so far. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (Fault f : Fault.values()) {
            out.put(f.name(), counts.get(f).get());
        }
        return out;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Fault fault;
                int cut;
                synchronized (random) {
                    fault = random.nextDouble() < faultRate
                            ? Fault.values()[1 + random.nextInt(Fault.values().length - 1)] : Fault.NONE;
                    cut = random.nextInt(1 << 16);
                }
                counts.get(fault).incrementAndGet();
                pool.execute(() -> handle(client, fault, cut));
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Fault proxy accept failed", e);
                }
            }
        }
    }

    private void handle(Socket client, Fault fault, int cut) {
        try (client) {
            client.setSoTimeout(30_000);
            byte[] request = readRequest(client.getInputStream());
            if (request == null) {
                return;
            }
            switch (fault) {
                case DROP_MID_REQUEST -> {
                    // forward part of the request, then hang up on both sides
                    try (Socket up = upstream()) {
                        up.getOutputStream().write(request, 0, Math.max(1, cut % request.length));
                        up.getOutputStream().flush();
                    }
                    return;
                }
                case BAD_GATEWAY_502 -> {
                    answer(client, 502, "Bad Gateway");
                    return;
                }
                case DELAY -> sleep(50 + cut % 400);
                case DUPLICATE -> forward(request); // the server gets it twice; the desk sees the second answer
                default -> { }
            }
            byte[] response = forward(request);
            OutputStream out = client.getOutputStream();
            switch (fault) {
                case SERVER_ERROR_500_AFTER -> answer(client, 500, "Internal Server Error");
                case DROP_MID_RESPONSE -> out.write(response, 0, cut % Math.max(1, response.length));
                case TRUNCATED_BODY -> {
                    int head = headerEnd(response);
                    int bodyLen = response.length - head;
                    out.write(response, 0, head + (bodyLen <= 1 ? 0 : cut % bodyLen));
                }
                default -> out.write(response);
            }
            out.flush();
        } catch (IOException e) {
            LOG.debug("Fault proxy connection ended: {}", e.toString());
        }
    }

    private Socket upstream() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(upstreamHost, upstreamPort), 5_000);
        s.setSoTimeout(60_000);
        return s;
    }

    /** Sends the request upstream and reads the whole answer (the server closes after it). */
    private byte[] forward(byte[] request) throws IOException {
        try (Socket up = upstream()) {
            up.getOutputStream().write(request);
            up.getOutputStream().flush();
            return up.getInputStream().readAllBytes();
        }
    }

    private static void answer(Socket client, int status, String reason) throws IOException {
        String body = "{\"error\":\"PROXY\",\"message\":\"" + reason + "\"}";
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\n\r\n";
        client.getOutputStream().write((head + body).getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().flush();
    }

    /** Reads one request (head + Content-Length body) and rewrites it to close the connection after the answer. */
    private static byte[] readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            state = switch (state) {
                case 0, 2 -> b == '\r' ? state + 1 : 0;
                case 1, 3 -> b == '\n' ? state + 1 : (b == '\r' ? 1 : 0);
                default -> 0;
            };
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        StringBuilder rebuilt = new StringBuilder(lines[0]).append("\r\n");
        int length = 0;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("connection:") || lower.startsWith("upgrade:") || lower.startsWith("http2-settings:")
                    || line.isEmpty()) {
                continue;
            }
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
            rebuilt.append(line).append("\r\n");
        }
        rebuilt.append("Connection: close\r\n\r\n");
        byte[] body = in.readNBytes(length);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(rebuilt.toString().getBytes(StandardCharsets.ISO_8859_1));
        all.write(body);
        return all.toByteArray();
    }

    private static int headerEnd(byte[] r) {
        for (int i = 0; i + 3 < r.length; i++) {
            if (r[i] == '\r' && r[i + 1] == '\n' && r[i + 2] == '\r' && r[i + 3] == '\n') {
                return i + 4;
            }
        }
        return r.length;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Closing the fault proxy failed", e);
        }
        pool.shutdownNow();
    }
}
