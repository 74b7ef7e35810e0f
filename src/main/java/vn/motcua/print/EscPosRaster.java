package vn.motcua.print;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.rendering.ImageType;

/**
 * 80 mm thermal printing as ESC/POS raster images: each page (a receipt copy) is rendered at the printer's 203 dpi,
 * its 72 mm printable band cut to exactly {@value #DOTS} dots, made 1-bit and sent with {@code GS v 0} in bands,
 * then the paper is fed and cut. The printer draws dots, so Vietnamese prints exactly whatever its code pages lack.
 */
public final class EscPosRaster {
    /** Dots across the printable width of an 80 mm printer at 203 dpi. */
    public static final int DOTS = 576;
    public static final float DPI = 203f;
    /** Rows per raster command; some printers refuse taller images in one command. */
    static final int BAND = 256;

    private EscPosRaster() {
    }

    /** The pages as 1-bit images exactly {@value #DOTS} dots wide. */
    public static List<BufferedImage> rasters(byte[] pdf) {
        List<BufferedImage> out = new ArrayList<>();
        for (BufferedImage page : PdfPages.render(pdf, DPI, ImageType.GRAY)) {
            out.add(oneBit(page));
        }
        return out;
    }

    private static BufferedImage oneBit(BufferedImage page) {
        int x0 = Math.max(0, (page.getWidth() - DOTS) / 2);
        int w = Math.min(DOTS, page.getWidth());
        BufferedImage img = new BufferedImage(DOTS, page.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, DOTS, page.getHeight());
        g.dispose();
        int[] row = new int[w];
        for (int y = 0; y < page.getHeight(); y++) {
            page.getRGB(x0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int grey = row[x] & 0xFF;
                row[x] = grey < 160 ? 0xFF000000 : 0xFFFFFFFF;
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }

    /** Writes the ESC/POS bytes for every page (initialise, raster bands, feed, cut) to {@code out}. */
    public static void write(byte[] pdf, OutputStream out) throws IOException {
        EscPos escpos = new EscPos(out);
        escpos.initializePrinter();
        RasterBitImageWrapper raster = new RasterBitImageWrapper().setJustification(EscPosConst.Justification.Center);
        for (BufferedImage page : rasters(pdf)) {
            for (int y = 0; y < page.getHeight(); y += BAND) {
                int h = Math.min(BAND, page.getHeight() - y);
                BufferedImage band = page.getSubimage(0, y, DOTS, h);
                escpos.write(raster, new EscPosImage(new CoffeeImageImpl(band), new BitonalThreshold(127)));
            }
            escpos.feed(4);
            escpos.cut(EscPos.CutMode.PART);
        }
        escpos.flush();
    }
}
