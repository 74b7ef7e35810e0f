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

    /** {@code bench receipt}: render a receipt many times after warm-up, print median / p95 in milliseconds. */
    @Command(name = "receipt", description = {"Receipt rendering benchmark: a fresh temporary desk, one dossier, "
            + "its receipt rendered to PDF repeatedly after warm-up (service call: read, render, audit).",
        "Prints p50 / p95 / max in milliseconds per format (target p95 < 50 ms)."})
    static final class Bench implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--runs", defaultValue = "200", description = "timed renders per format")
        int runs;
        @Option(names = "--warmup", defaultValue = "300", description = "untimed renders first")
        int warmup;

        @Override
        public Integer call() throws Exception {
            Path dir = BenchCommand.freshDesk();
            try (DeskContext ctx = DeskContext.open(dir)) {
                Actor admin = ctx.accounts().firstAdmin().orElseThrow();
                String code = register(ctx, admin);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("runs", runs);
                out.put("warmup", warmup);
                for (PaperFormat f : List.of(PaperFormat.A5, PaperFormat.A4, PaperFormat.ROLL_80MM)) {
                    out.put(f.key(), time(ctx, code, f, admin, warmup, runs).asMap());
                }
                BenchCommand.printJson(spec, out);
            } finally {
                BenchCommand.deleteTree(dir);
            }
            return 0;
        }

        /** Registers one dossier of the first procedure at the counter; returns its code. */
        static String register(DeskContext ctx, Actor clerk) {
            Procedure p = ctx.catalog().list(false).get(0);
            return ctx.registration().register(new RegistrationRequest(p.code(), "direct", "counter", null,
                    new RegistrationRequest.Person("Nguyễn Văn Đức", "038095001234", null, "0912345678", null,
                            "Thôn 1, xã Quảng Phú"), null, null, 1, null, null), clerk).dossier().code();
        }

        /** Times the receipt of {@code code} rendered to PDF in {@code f} (service call: read, render, audit). */
        static BenchCommand.Timing time(DeskContext ctx, String code, PaperFormat f, Actor clerk, int warmup,
                                        int runs) throws Exception {
            return BenchCommand.time(warmup, runs, () -> ctx.print().receiptPdf(code, f, clerk, false));
        }
    }
}
