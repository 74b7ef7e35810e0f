package vn.motcua.desk.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.citizen.IdCardPayload;

/**
 * The serial (USB CDC) reader: raw UTF-8 delivered in chunks (a Vietnamese letter split between two), payloads ended
 * by CR/LF or by silence, and an unplug/replug. Once with an in-process port, once with a real pseudo-terminal pair
 * made by socat and opened through jSerialComm.
 */
class SerialScannerTest {
    static final String PAYLOAD = "001090123456|012345678|NGUYỄN VĂN AN|01011990|Nam|"
            + "Thôn Đông, Xã Yên Hòa, Huyện Yên Mô, Tỉnh Ninh Bình|15042021";
    static final String SECOND = "038195004321||TRẦN THỊ BÌNH|23071995|Nữ|Số 12 Ngõ 4, Phường Điện Biên, Hà Nội|"
            + "10082022";

    /** A port fed by the test: chunks to read, then -1 when "unplugged". */
    static final class FakePort implements ScannerPort {
        final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
        volatile boolean closed;

        @Override
        public int read(byte[] buffer) throws IOException {
            try {
                byte[] c = chunks.poll(50, TimeUnit.MILLISECONDS);
                if (c == null) {
                    return 0;
                }
                if (c.length == 0) {
                    return -1; // unplugged
                }
                System.arraycopy(c, 0, buffer, 0, c.length);
                return c.length;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** The scanner plugged in or not; each plug-in is a fresh port. */
    static final class FakeSocket implements ScannerPort.Opener {
        volatile FakePort plugged;
        final List<FakePort> opened = new CopyOnWriteArrayList<>();

        @Override
        public ScannerPort open(String name) throws IOException {
            FakePort p = plugged;
            if (p == null) {
                throw new IOException("no such port " + name);
            }
            plugged = null; // a port opens once
            opened.add(p);
            return p;
        }
    }

    private static List<byte[]> chunks(String text, int size) {
        byte[] all = text.getBytes(StandardCharsets.UTF_8);
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < all.length; i += size) {
            out.add(Arrays.copyOfRange(all, i, Math.min(all.length, i + size)));
        }
        return out;
    }

    @Test
    void fakePort_chunkedUtf8_thenUnplugAndReplug() throws Exception {
        BlockingQueue<String> got = new LinkedBlockingQueue<>();
        List<SerialScanner.State> states = new CopyOnWriteArrayList<>();
        FakeSocket socket = new FakeSocket();
        FakePort first = new FakePort();
        socket.plugged = first;
        try (SerialScanner s = SerialScanner.start("/dev/ttyACM0", socket, got::add, states::add,
                Duration.ofMillis(50), Duration.ofMillis(200))) {
            // 7-byte chunks split "Ễ" (3 bytes) and "Ă" (2 bytes) across reads; CR LF ends the payload
            chunks(PAYLOAD + "\r\n", 7).forEach(first.chunks::add);
            assertThat(got.poll(5, TimeUnit.SECONDS)).isEqualTo(PAYLOAD);
            assertThat(IdCardPayload.read(PAYLOAD, LocalDate.of(2026, 4, 29)).card().fullName())
                    .isEqualTo("Nguyễn Văn An");
            // unplugged: the read fails, the port closes, the reader waits
            first.chunks.add(new byte[0]);
            waitUntil(() -> states.contains(SerialScanner.State.WAITING));
            assertThat(first.closed).isTrue();
            Thread.sleep(200); // a few failed attempts to open meanwhile
            // plugged back: opened again; a payload without line end is ended by silence
            FakePort second = new FakePort();
            socket.plugged = second;
            waitUntil(() -> socket.opened.size() == 2);
            chunks(SECOND, 5).forEach(second.chunks::add);
            assertThat(got.poll(5, TimeUnit.SECONDS)).isEqualTo(SECOND);
            assertThat(states).containsSubsequence(SerialScanner.State.CONNECTED, SerialScanner.State.WAITING,
                    SerialScanner.State.CONNECTED);
        }
        assertThat(states).endsWith(SerialScanner.State.STOPPED);
        assertThat(got).isEmpty();
    }

    @Test
    void ptyPair_throughJSerialComm_chunks_andUnplugReplug(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("socat"), "socat is not installed (apt-get install socat); the fake-port test covers the "
                + "reader logic");
        Path scannerEnd = dir.resolve("scanner");   // what the scanner writes to
        Path deskEnd = dir.resolve("ttyACM-test");  // what the desk opens, like /dev/ttyACM0
        BlockingQueue<String> got = new LinkedBlockingQueue<>();
        List<SerialScanner.State> states = new CopyOnWriteArrayList<>();
        Process socat = plugIn(scannerEnd, deskEnd);
        try (SerialScanner s = SerialScanner.start(deskEnd.toString(), SerialPorts.OPENER, got::add, states::add,
                Duration.ofMillis(100), Duration.ofMillis(300))) {
            waitUntil(() -> states.contains(SerialScanner.State.CONNECTED));
            writeInChunks(scannerEnd, PAYLOAD + "\r\n");
            assertThat(got.poll(10, TimeUnit.SECONDS)).isEqualTo(PAYLOAD);

            socat.destroy(); // unplug: the pty pair disappears
            socat.waitFor(5, TimeUnit.SECONDS);
            waitUntil(() -> states.contains(SerialScanner.State.WAITING));

            socat = plugIn(scannerEnd, deskEnd); // plug back in: a new pty under the same name
            waitUntil(() -> states.stream().filter(x -> x == SerialScanner.State.CONNECTED).count() == 2);
            writeInChunks(scannerEnd, SECOND + "\n");
            assertThat(got.poll(10, TimeUnit.SECONDS)).isEqualTo(SECOND);
        } finally {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static Process plugIn(Path scannerEnd, Path deskEnd) throws Exception {
        Process p = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + scannerEnd,
                "pty,raw,echo=0,link=" + deskEnd).redirectErrorStream(true).start();
        waitUntil(() -> Files.exists(scannerEnd) && Files.exists(deskEnd));
        return p;
    }

    private static void writeInChunks(Path scannerEnd, String text) throws Exception {
        try (OutputStream out = Files.newOutputStream(scannerEnd)) {
            for (byte[] c : chunks(text, 11)) {
                out.write(c);
                out.flush();
                Thread.sleep(5);
            }
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
