package vn.motcua.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test helpers: text of a PDF, text with whitespace folded, and external decoders when installed. */
public final class PdfText {
    private PdfText() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Text with every run of whitespace (line breaks included) turned into one space. */
    public static String flat(byte[] pdf) throws IOException {
        return text(pdf).replaceAll("\\s+", " ");
    }

    public static boolean installed(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command, returns its stdout lines (fails on a non-zero exit other than zbarimg's "nothing found"). */
    public static List<String> run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        List<String> lines = new ArrayList<>();
        for (String l : new String(out, java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        return lines;
    }

    /** Decodes every barcode and QR code on each page of a PDF rendered by pdftoppm at 200 dpi (zbarimg). */
    public static List<String> decodeAll(byte[] pdf, Path dir) throws IOException, InterruptedException {
        Path in = dir.resolve("doc.pdf");
        Files.write(in, pdf);
        run(List.of("pdftoppm", "-r", "200", "-png", in.toString(), dir.resolve("page").toString()));
        List<String> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path png : files.filter(f -> f.toString().endsWith(".png")).sorted().toList()) {
                out.addAll(run(List.of("zbarimg", "--quiet", png.toString())));
            }
        }
        return out;
    }
}
