package vn.motcua.desk.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a scanner in serial (USB CDC) mode, which delivers the payload as raw UTF-8 — the dependable way to get
 * Vietnamese letters from a scanner on Linux. One payload ends at CR or LF, or when nothing more arrives for a short
 * while (scanners set to send no suffix). When the port goes away (scanner unplugged) the reader waits and opens it
 * again once it is back. Payloads are handed over and forgotten: never logged, never kept.
 */
public final class SerialScanner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SerialScanner.class);
    private static final int MAX_PAYLOAD = 16 * 1024;

    /** Where the reader stands. */
    public enum State {
        /** The port is open and read. */
        CONNECTED,
        /** The port is not there (unplugged) or cannot be opened; trying again. */
        WAITING,
        /** Closed for good. */
        STOPPED
    }

    private final String portName;
    private final ScannerPort.Opener opener;
    private final Consumer<String> payloads;
    private final Consumer<State> states;
    private final Duration retry;
    private final Duration endOfPayload;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile ScannerPort current;

    private SerialScanner(String portName, ScannerPort.Opener opener, Consumer<String> payloads,
                          Consumer<State> states, Duration retry, Duration endOfPayload) {
        this.portName = portName;
        this.opener = opener;
        this.payloads = payloads;
        this.states = states;
        this.retry = retry;
        this.endOfPayload = endOfPayload;
        this.thread = new Thread(this::run, "scanner-" + portName);
        this.thread.setDaemon(true);
    }

    /**
     * Starts reading {@code portName} on a daemon thread.
     *
     * @param payloads gets each payload (UTF-8 decoded, line end removed), on the reader thread
     * @param states   gets each change of state, on the reader thread
     */
    public static SerialScanner start(String portName, ScannerPort.Opener opener, Consumer<String> payloads,
                                      Consumer<State> states) {
        return start(portName, opener, payloads, states, Duration.ofSeconds(1), Duration.ofMillis(300));
    }

    /** Like {@link #start(String, ScannerPort.Opener, Consumer, Consumer)} with the retry and end-of-payload waits. */
    public static SerialScanner start(String portName, ScannerPort.Opener opener, Consumer<String> payloads,
                                      Consumer<State> states, Duration retry, Duration endOfPayload) {
        SerialScanner s = new SerialScanner(portName, opener, payloads, states, retry, endOfPayload);
        s.thread.start();
        return s;
    }

    public String portName() {
        return portName;
    }

    private void run() {
        State last = null;
        while (running) {
            try (ScannerPort port = opener.open(portName)) {
                current = port;
                if (!running) {
                    break;
                }
                last = report(last, State.CONNECTED);
                readUntilGone(port);
            } catch (IOException | RuntimeException e) {
                if (last != State.WAITING) {
                    LOG.info("Scanner port {} not available: {}", portName, e.getMessage());
                }
            } finally {
                current = null;
            }
            if (!running) {
                break;
            }
            last = report(last, State.WAITING);
            sleep(retry);
        }
        report(last, State.STOPPED);
    }

    private State report(State last, State now) {
        if (last != now) {
            try {
                states.accept(now);
            } catch (RuntimeException e) {
                LOG.warn("Scanner state listener failed", e);
            }
        }
        return now;
    }

    private void readUntilGone(ScannerPort port) throws IOException {
        byte[] buffer = new byte[1024];
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        long lastByte = System.nanoTime();
        while (running) {
            int n = port.read(buffer);
            if (n < 0) {
                hand(payload);
                return; // unplugged: the caller waits and opens it again
            }
            if (n == 0) {
                if (payload.size() > 0 && System.nanoTime() - lastByte >= endOfPayload.toNanos()) {
                    hand(payload);
                }
                continue;
            }
            lastByte = System.nanoTime();
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\r' || b == '\n') {
                    hand(payload);
                } else if (payload.size() < MAX_PAYLOAD) {
                    payload.write(b);
                }
            }
        }
    }

    private void hand(ByteArrayOutputStream payload) {
        if (payload.size() == 0) {
            return;
        }
        String text = payload.toString(StandardCharsets.UTF_8);
        payload.reset();
        try {
            payloads.accept(text);
        } catch (RuntimeException e) {
            LOG.warn("Scanner payload listener failed: {}", e.getClass().getName());
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops reading and closes the port; waits up to a second for the reader. */
    @Override
    public void close() {
        running = false;
        ScannerPort p = current;
        if (p != null) {
            p.close();
        }
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
