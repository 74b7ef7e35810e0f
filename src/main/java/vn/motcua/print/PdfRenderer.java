package vn.motcua.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a {@link Doc} to PDF with the bundled Noto Sans embedded as subsets (Type 0 fonts with a ToUnicode map, so
 * every Vietnamese letter extracts as written). Images (QR codes, barcodes) are embedded losslessly. The fonts are
 * parsed once per process; rendering is serialised on them.
 */
public final class PdfRenderer {
    private static final Object LOCK = new Object();
    private static FontSet fonts;

    private PdfRenderer() {
    }

    private static FontSet fonts() {
        if (fonts == null) {
            fonts = new FontSet();
        }
        return fonts;
    }

    /** The PDF bytes of the document. */
    public static byte[] render(Doc doc) {
        synchronized (LOCK) {
            FontSet fs = fonts();
            List<Layout.Page> pages = Layout.layout(fs, doc);
            try (PDDocument pdf = new PDDocument()) {
                PDDocumentInformation info = pdf.getDocumentInformation();
                info.setTitle(fs.clean(doc.title()));
                info.setCreator("Quầy Một Cửa");
                Map<TextStyle, PDType0Font> faces = new EnumMap<>(TextStyle.class);
                Map<BufferedImage, PDImageXObject> images = new IdentityHashMap<>();
                for (Layout.Page p : pages) {
                    PDPage page = new PDPage(new PDRectangle(p.width(), p.height()));
                    pdf.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                        paint(pdf, cs, p, faces, images, fs);
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                pdf.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write PDF " + doc.title(), e);
            }
        }
    }

    /** Number of pages the document takes, without writing it. */
    public static int pageCount(Doc doc) {
        synchronized (LOCK) {
            return Layout.layout(fonts(), doc).size();
        }
    }

    /** 1-bit images (codes) go in as packed bits with Flate, no conversion; others through PDFBox's lossless path. */
    private static PDImageXObject image(PDDocument pdf, BufferedImage img) throws IOException {
        if (img.getType() != BufferedImage.TYPE_BYTE_BINARY
                || img.getColorModel().getPixelSize() != 1
                || !(img.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferByte buf)
                || (img.getColorModel().getRGB(0) & 0xFFFFFF) != 0) {
            return LosslessFactory.createFromImage(pdf, img);
        }
        java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream d = new java.util.zip.DeflaterOutputStream(z)) {
            d.write(buf.getData(), 0, ((img.getWidth() + 7) / 8) * img.getHeight());
        }
        return new PDImageXObject(pdf, new java.io.ByteArrayInputStream(z.toByteArray()),
                org.apache.pdfbox.cos.COSName.FLATE_DECODE, img.getWidth(), img.getHeight(), 1,
                org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE);
    }

    private static void paint(PDDocument pdf, PDPageContentStream cs, Layout.Page p,
                              Map<TextStyle, PDType0Font> faces, Map<BufferedImage, PDImageXObject> images,
                              FontSet fs) throws IOException {
        float h = p.height();
        cs.setStrokingColor(0f, 0f, 0f);
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (Layout.Op op : p.ops()) {
            if (op instanceof Layout.LineOp l) {
                cs.setLineWidth(l.width());
                cs.moveTo(l.x1(), h - l.y1());
                cs.lineTo(l.x2(), h - l.y2());
                cs.stroke();
            }
        }
        boolean inText = false;
        for (Layout.Op op : p.ops()) {
            if (op instanceof Layout.TextOp t) {
                if (!inText) {
                    cs.beginText();
                    inText = true;
                }
                PDType0Font font = faces.get(t.style());
                if (font == null) {
                    font = PDType0Font.load(pdf, fs.ttf(t.style()), true);
                    faces.put(t.style(), font);
                }
                cs.setFont(font, t.size());
                cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance(t.x(), h - t.baseline()));
                cs.showText(t.text());
            }
        }
        if (inText) {
            cs.endText();
        }
        for (Layout.Op op : p.ops()) {
            if (op instanceof Layout.ImageOp i) {
                PDImageXObject x = images.get(i.image());
                if (x == null) {
                    x = image(pdf, i.image());
                    images.put(i.image(), x);
                }
                cs.drawImage(x, i.x(), h - i.y() - i.h(), i.w(), i.h());
            }
        }
    }
}
