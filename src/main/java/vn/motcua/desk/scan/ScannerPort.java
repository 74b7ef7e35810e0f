package vn.motcua.desk.scan;

import java.io.IOException;

/** An open serial port of a scanner, read in short waits. */
public interface ScannerPort extends AutoCloseable {
    /**
     * Reads what has arrived into {@code buffer}, waiting a short while (about 100 ms) for the first byte.
     *
     * @return the number of bytes read, 0 when nothing came in the wait, -1 when the port is gone (unplugged)
     */
    int read(byte[] buffer) throws IOException;

    @Override
    void close();

    /** Opens ports by name; {@link SerialPorts#OPENER} is the real one. */
    @FunctionalInterface
    interface Opener {
        /** @throws IOException when the port does not exist (not plugged in) or cannot be opened */
        ScannerPort open(String name) throws IOException;
    }
}
