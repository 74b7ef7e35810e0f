package vn.motcua.desk.scan;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The computer's serial ports through jSerialComm (decision 0007): list them, open one for a scanner. */
public final class SerialPorts {
    /** Opens a port by its system path ({@code /dev/ttyACM0}, {@code COM3}, or any path such as a pty link). */
    public static final ScannerPort.Opener OPENER = SerialPorts::open;

    private SerialPorts() {
    }

    /** A port the system lists: its path and what it says it is. */
    public record PortInfo(String path, String description) {
    }

    /** The serial ports present now (USB CDC scanners appear as /dev/ttyACM* on Linux, COMn on Windows). */
    public static List<PortInfo> list() {
        return Arrays.stream(SerialPort.getCommPorts())
                .map(p -> new PortInfo(p.getSystemPortPath(), p.getPortDescription()))
                .toList();
    }

    static ScannerPort open(String name) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(name);
        } catch (RuntimeException e) {
            throw new IOException("no serial port " + name, e);
        }
        port.setBaudRate(9600); // ignored by USB CDC; the usual default of serial scanners otherwise
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
        if (!port.openPort()) {
            throw new IOException("cannot open " + name + " (error " + port.getLastErrorCode() + ")");
        }
        return new ScannerPort() {
            @Override
            public int read(byte[] buffer) {
                if (!port.isOpen()) {
                    return -1;
                }
                int n = port.readBytes(buffer, buffer.length);
                return n < 0 ? -1 : n;
            }

            @Override
            public void close() {
                port.closePort();
            }
        };
    }
}
