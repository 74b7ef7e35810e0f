package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.motcua.domain.fee.FeePayment;
import vn.motcua.domain.fee.PaymentMethod;
import vn.motcua.service.DeskContext;
import vn.motcua.service.FeeService;

@Command(name = "fee", description = {"A dossier's fee (phí, lệ phí): the amount and its VietQR payment code, and "
        + "marking it paid.", "The VietQR code needs the settings payment.bankBin and payment.account."},
        subcommands = {FeeCommand.Show.class, FeeCommand.Pay.class})
final class FeeCommand {

    @Command(name = "show", description = "Print the fee of a dossier, its VietQR payload and whether it is paid.")
    static final class Show extends DeskCommand {
        @Parameters(paramLabel = "CODE")
        String code;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            actor(ctx);
            printJson(json(ctx.fees().fee(code)));
            return 0;
        }
    }

    @Command(name = "pay", description = "Mark a dossier's fee paid (recorded, audited and synced as FEE_PAID).")
    static final class Pay extends DeskCommand {
        @Parameters(paramLabel = "CODE")
        String code;
        @Option(names = "--method", required = true, paramLabel = "cash|transfer")
        String method;
        @Option(names = "--note", paramLabel = "TEXT", description = "e.g. the bank's transaction reference")
        String note;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            PaymentMethod m = PaymentMethod.parse(method).orElseThrow(() ->
                    new UserInputException("--method must be cash or transfer"));
            FeePayment p = ctx.fees().markPaid(code, m, actor(ctx), note);
            printJson(json(ctx.fees().fee(code)));
            return p == null ? 1 : 0;
        }
    }

    static Map<String, Object> json(FeeService.Fee f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", f.dossier().code());
        out.put("amountVnd", f.amountVnd());
        out.put("due", f.due());
        if (f.payload() != null) {
            out.put("vietQr", f.payload());
        }
        if (f.qrProblem() != null) {
            out.put("vietQrProblem", f.qrProblem().vi());
        }
        f.payment().ifPresent(p -> {
            Map<String, Object> paid = new LinkedHashMap<>();
            paid.put("method", p.method().name());
            paid.put("amountVnd", p.amountVnd());
            paid.put("paidAt", p.paidAt().toString());
            paid.put("paidBy", p.paidBy());
            if (p.note() != null) {
                paid.put("note", p.note());
            }
            out.put("paid", paid);
        });
        return out;
    }
}
