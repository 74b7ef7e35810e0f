package vn.motcua.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** PDF pages as images: for a preview on screen and for the thermal printer's raster. */
public final class PdfPages {
    private PdfPages() {
    }

    /** Every page rendered at {@code dpi} (grey, anti-aliased); the desk's preview uses ~110 dpi. */
    public static List<BufferedImage> render(byte[] pdf, float dpi) {
        return render(pdf, dpi, ImageType.GRAY);
    }

    static List<BufferedImage> render(byte[] pdf, float dpi, ImageType type) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer r = new PDFRenderer(doc);
            List<BufferedImage> out = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(r.renderImageWithDPI(i, dpi, type));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render PDF pages", e);
        }
    }

    public static int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PDF", e);
        }
    }
}
