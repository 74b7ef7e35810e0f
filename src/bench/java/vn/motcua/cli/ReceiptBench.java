package vn.motcua.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.print.PaperFormat;
import vn.motcua.service.DeskContext;
import vn.motcua.domain.dossier.RegistrationRequest;

/** {@code bench receipt}: render a receipt many times after warm-up, print median / p95 in milliseconds. */
@Command(name = "receipt", description = {"Receipt rendering benchmark: a fresh temporary desk, one dossier, "
        + "its receipt rendered to PDF repeatedly after warm-up (service call: read, render, audit).",
    "Prints p50 / p95 / max in milliseconds per format (target p95 < 50 ms)."})
final class ReceiptBench implements Callable<Integer> {
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
        return register(ctx, clerk, firstProcedure(ctx));
    }

    /** The first procedure of the catalogue, as the register form has it chosen before F9. */
    static String firstProcedure(DeskContext ctx) {
        Procedure p = ctx.catalog().list(false).get(0);
        return p.code();
    }

    /**
     * Registers one dossier of {@code procedure} at the counter (the service call the register form makes on F9;
     * the catalogue was listed when the form opened, not per registration); returns its code.
     */
    static String register(DeskContext ctx, Actor clerk, String procedure) {
        return ctx.registration().register(new RegistrationRequest(procedure, "direct", "counter", null,
                new RegistrationRequest.Person("Nguyễn Văn Đức", "038095001234", null, "0912345678", null,
                        "Thôn 1, xã Quảng Phú"), null, null, 1, null, null), clerk).dossier().code();
    }

    /** Times the receipt of {@code code} rendered to PDF in {@code f} (service call: read, render, audit). */
    static BenchCommand.Timing time(DeskContext ctx, String code, PaperFormat f, Actor clerk, int warmup,
                                    int runs) throws Exception {
        return BenchCommand.time(warmup, runs, () -> ctx.print().receiptPdf(code, f, clerk, false));
    }
}
