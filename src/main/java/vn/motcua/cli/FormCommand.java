package vn.motcua.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.motcua.print.FormType;
import vn.motcua.print.PaperFormat;
import vn.motcua.print.PdfPages;
import vn.motcua.service.DeskContext;
import vn.motcua.service.FormOptions;

@Command(name = "form", description = {"Print one of a dossier's forms to a PDF.",
    "TYPE: supplement (Phiếu yêu cầu bổ sung), refusal (Phiếu từ chối), apology (Phiếu xin lỗi và hẹn lại), "
        + "stop (Thông báo dừng giải quyết), control (Phiếu kiểm soát quá trình giải quyết).",
    "What is not given comes from the dossier: the open supplement round, the refusal/stop note, the new appointment."})
final class FormCommand extends DeskCommand {
    @Parameters(index = "0", paramLabel = "TYPE", description = "supplement | refusal | apology | stop | control")
    String type;
    @Parameters(index = "1", paramLabel = "CODE", description = "dossier code")
    String code;
    @Option(names = "--pdf", required = true, paramLabel = "OUT", description = "PDF file to write")
    Path out;
    @Option(names = "--format", paramLabel = "a5|a4|80mm", description = "paper (default: the form's setting)")
    String format;
    @Option(names = "--reason", paramLabel = "TEXT", description = "reason printed (refusal, lateness, stop, supplement)")
    String reason;
    @Option(names = "--new-appointment", paramLabel = "yyyy-MM-ddTHH:mm", description = "apology: the new return time")
    String newAppointment;
    @Option(names = "--items", paramLabel = "TEXT", description = "supplement: what to add, separated by ';'; each "
            + "item may give its counts: 'Name | originals | certified copies | photocopies'")
    String items;
    @Option(names = "--deadline", paramLabel = "yyyy-MM-ddTHH:mm", description = "supplement: deadline")
    String deadline;
    @Option(names = "--contact", paramLabel = "TEXT", description = "contact person and phone")
    String contact;
    @Option(names = "--deputy", paramLabel = "TITLE", description = "apology: a deputy signs on the head's behalf "
            + "(\"KT.\"), e.g. 'Phó Chủ tịch'")
    String deputy;

    @Override
    Integer execute(DeskContext ctx) throws Exception {
        FormType t = FormType.parse(type).filter(f -> f != FormType.RECEIPT && f != FormType.LOGBOOK)
                .orElseThrow(() -> new UserInputException("unknown form type '" + type
                        + "': use supplement, refusal, apology, stop or control"));
        FormOptions options = FormOptions.NONE.withReason(reason)
                .withNewAppointment(time("--new-appointment", newAppointment)).withItems(items)
                .withDeadline(time("--deadline", deadline)).withContact(contact).withDeputy(deputy)
                .withFormat(format == null || format.isBlank() ? null : PaperFormat.parse(format).orElseThrow(() ->
                        new UserInputException("unknown paper '" + format + "': use a5, a4 or 80mm")));
        byte[] pdf = ctx.print().formPdf(t, code, actor(ctx), options);
        ReceiptCommand.writeAtomically(out, pdf);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pdf", out.toString());
        json.put("type", t.key());
        json.put("title", t.labelVi());
        json.put("code", code);
        json.put("pages", PdfPages.pageCount(pdf));
        json.put("bytes", pdf.length);
        printJson(json);
        return 0;
    }

    private static LocalDateTime time(String option, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException(option + " '" + v + "' is not a time: use 2026-05-08T09:00");
        }
    }

    @Command(name = "logbook", description = {"Print the logbook (Sổ theo dõi hồ sơ) of the dossiers received in a "
            + "period to an A4 landscape PDF."})
    static final class Logbook extends DeskCommand {
        @Option(names = "--from", required = true, paramLabel = "yyyy-MM-dd")
        String from;
        @Option(names = "--to", required = true, paramLabel = "yyyy-MM-dd")
        String to;
        @Option(names = "--pdf", required = true, paramLabel = "OUT", description = "PDF file to write")
        Path out;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            LocalDate f = date("--from", from);
            LocalDate t = date("--to", to);
            byte[] pdf = ctx.print().logbookPdf(f, t, actor(ctx));
            ReceiptCommand.writeAtomically(out, pdf);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("pdf", out.toString());
            json.put("from", f);
            json.put("to", t);
            json.put("pages", PdfPages.pageCount(pdf));
            json.put("bytes", pdf.length);
            printJson(json);
            return 0;
        }

        private static LocalDate date(String option, String v) {
            try {
                return LocalDate.parse(v.strip());
            } catch (DateTimeParseException e) {
                throw new UserInputException(option + " '" + v + "' is not a date like 2026-04-29");
            }
        }
    }
}
