package vn.motcua.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.print.PaperFormat;
import vn.motcua.print.PdfPages;
import vn.motcua.service.DeskContext;
import vn.motcua.domain.dossier.RegistrationRequest;

@Command(name = "receipt", description = {"Print a dossier's receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, "
        + "Mẫu 01) to a PDF: both copies, the rating and lookup QR codes and a barcode of the code.",
    "Prints {\"pdf\": OUT, \"pages\": N, ...}. Leaves an audit entry PRINT."})
final class ReceiptCommand extends DeskCommand {
    @Parameters(index = "0", paramLabel = "CODE", description = "dossier code")
    String code;
    @Option(names = "--pdf", required = true, paramLabel = "OUT", description = "PDF file to write")
    Path out;
    @Option(names = "--format", paramLabel = "a5|a4|80mm",
            description = "paper (default: the receipt's setting print.receipt.format, A5)")
    String format;
    @Option(names = "--reprint", description = "mark as a reprint (Bản in lại) with the current time")
    boolean reprint;
    @Option(names = "--printer", paramLabel = "NAME",
            description = "also print it on this OS printer through its driver (\"default\" = the OS default)")
    String printer;
    @Option(names = "--escpos", paramLabel = "FILE",
            description = "also write the ESC/POS raster bytes an 80 mm thermal printer would receive")
    Path escpos;

    @Override
    Integer execute(DeskContext ctx) throws Exception {
        PaperFormat paper = null;
        if (format != null) {
            paper = PaperFormat.parse(format).filter(p -> p != PaperFormat.A4_LANDSCAPE).orElseThrow(() ->
                    new UserInputException("unknown --format '" + format + "': use a5, a4 or 80mm"));
        }
        Actor actor = actor(ctx);
        byte[] pdf = ctx.print().receiptPdf(code, paper, actor, reprint);
        writeAtomically(out, pdf);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pdf", out.toString());
        json.put("code", code);
        json.put("format", (paper != null ? paper : ctx.print().settings(vn.motcua.print.FormType.RECEIPT).format())
                .key());
        json.put("reprint", reprint);
        json.put("pages", PdfPages.pageCount(pdf));
        json.put("bytes", pdf.length);
        if (printer != null) {
            PaperFormat used = PaperFormat.parse((String) json.get("format")).orElse(PaperFormat.A5);
            ctx.print().print(pdf, "default".equals(printer) ? "" : printer, used);
            json.put("printedOn", printer);
        }
        if (escpos != null) {
            byte[] raw = ctx.print().escPos(pdf);
            writeAtomically(escpos, raw);
            json.put("escpos", escpos.toString());
            json.put("escposBytes", raw.length);
        }
        printJson(json);
        return 0;
    }

    /** Writes through a temporary file in the same folder, so a failure never leaves half a PDF. */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserInputException("folder of '" + target + "' does not exist");
        }
        Path tmp = Files.createTempFile(dir, ".motcua-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
