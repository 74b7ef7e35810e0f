package vn.motcua.domain.fee;

import java.nio.charset.StandardCharsets;

/**
 * CRC-16/CCITT-FALSE as EMVCo QR payment codes use it (tag 63): polynomial 0x1021, initial value 0xFFFF, no reflection,
 * no final XOR, computed over the payload's bytes up to and including "6304". Check value of "123456789": 0x29B1.
 */
public final class Crc16CcittFalse {
    private static final int POLY = 0x1021;

    private Crc16CcittFalse() {
    }

    public static int of(byte[] data) {
        int crc = 0xFFFF;
        for (byte b : data) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ POLY : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return crc;
    }

    /** Four upper-case hex digits of the checksum of an ASCII text. */
    public static String hex(String ascii) {
        return String.format("%04X", of(ascii.getBytes(StandardCharsets.US_ASCII)));
    }
}
