package vn.motcua.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** QR codes and Code 128 barcodes as crisp black-and-white images (ZXing), to embed in a PDF or a raster. */
public final class Codes {
    private Codes() {
    }

    /**
     * A QR code with error correction M and a 2-module quiet zone, {@code pixelsPerModule} pixels per module.
     *
     * @throws IllegalArgumentException if the text is too long for a QR code
     */
    public static BufferedImage qr(String text, int pixelsPerModule) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
            return image(m, pixelsPerModule, pixelsPerModule);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text.length() + " characters", e);
        }
    }

    /** Number of modules across a QR code of this text (quiet zone included), to size it on paper. */
    public static int qrModules(String text) {
        return qr(text, 1).getWidth();
    }

    /** A Code 128 barcode of {@code text}, {@code pixelsPerModule} per narrow bar, {@code height} pixels high. */
    public static BufferedImage code128(String text, int pixelsPerModule, int height) {
        BitMatrix m = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1,
                Map.of(EncodeHintType.MARGIN, 10));
        return image(m, pixelsPerModule, height);
    }

    /** Modules across a Code 128 of this text (quiet zones included). */
    public static int code128Modules(String text) {
        return new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1, Map.of(EncodeHintType.MARGIN, 10))
                .getWidth();
    }

    private static BufferedImage image(BitMatrix m, int sx, int heightOrSy) {
        boolean oneRow = m.getHeight() == 1;
        int w = m.getWidth() * sx;
        int h = oneRow ? heightOrSy : m.getHeight() * heightOrSy;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        // Packed 1-bit rows, written straight into the raster: bit 1 = white, 0 = black (the default palette).
        byte[] data = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int stride = (w + 7) / 8;
        byte[] row = new byte[stride];
        int lastMy = -1;
        for (int py = 0; py < h; py++) {
            int my = oneRow ? 0 : py / heightOrSy;
            if (my != lastMy) {
                java.util.Arrays.fill(row, (byte) 0);
                for (int px = 0; px < w; px++) {
                    if (!m.get(px / sx, my)) {
                        row[px >> 3] |= (byte) (0x80 >> (px & 7));
                    }
                }
                lastMy = my;
            }
            System.arraycopy(row, 0, data, py * stride, stride);
        }
        return img;
    }
}
