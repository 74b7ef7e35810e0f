package vn.motcua.print;

import com.github.anastaciocintra.output.PrinterOutputStream;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating system's printers (javax.print). A PDF goes to a printer as vector pages through PDFBox's
 * {@link PDFPageable}, so the printer draws text and codes at its own resolution; an 80 mm thermal printer gets
 * ESC/POS raster bytes as a raw job instead.
 */
public final class OsPrinting {
    private static final Logger LOG = LoggerFactory.getLogger(OsPrinting.class);

    private OsPrinting() {
    }

    /** Names of the printers the OS offers, the default first. */
    public static List<String> printerNames() {
        PrintService def = PrintServiceLookup.lookupDefaultPrintService();
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName)
                .sorted((a, b) -> def != null && a.equals(def.getName()) ? -1
                        : def != null && b.equals(def.getName()) ? 1 : a.compareToIgnoreCase(b))
                .toList();
    }

    public static Optional<String> defaultPrinter() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    static Optional<PrintService> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
        }
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(name)).findFirst();
    }

    /**
     * Prints a PDF through the printer's driver at the printer's resolution.
     *
     * @param printerName the printer, or blank for the OS default
     * @throws IllegalArgumentException when no such printer exists
     */
    public static void printPdf(byte[] pdf, String printerName, PaperFormat paper, String jobName)
            throws IOException, PrinterException {
        PrintService service = find(printerName).orElseThrow(() ->
                new IllegalArgumentException("no printer named '" + printerName + "'"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc, Orientation.AUTO, false, 0));
            PrintRequestAttributeSet attrs = new HashPrintRequestAttributeSet();
            attrs.add(new JobName(jobName, null));
            if (paper == PaperFormat.A5) {
                attrs.add(MediaSizeName.ISO_A5);
            } else if (paper == PaperFormat.A4 || paper == PaperFormat.A4_LANDSCAPE) {
                attrs.add(MediaSizeName.ISO_A4);
            }
            job.print(attrs);
            LOG.info("Printed '{}' ({} pages, {}) on {}", jobName, doc.getNumberOfPages(), paper, service.getName());
        }
    }

    /** Sends a PDF to an 80 mm ESC/POS printer as raster images (a raw job). */
    public static void printEscPos(byte[] pdf, String printerName) throws IOException {
        PrintService service = find(printerName).orElseThrow(() ->
                new IllegalArgumentException("no printer named '" + printerName + "'"));
        try (PrinterOutputStream out = new PrinterOutputStream(service)) {
            EscPosRaster.write(pdf, out);
        }
        LOG.info("Sent ESC/POS raster to {}", service.getName());
    }
}
