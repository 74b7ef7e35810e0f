package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.Transition;
import vn.motcua.service.DeskContext;
import vn.motcua.service.DossierService;

@Command(name = "dossier", description = "Look dossiers up and move them through their life.",
        subcommands = {DossierCommand.Show.class, DossierCommand.Search.class, DossierCommand.TransitionTo.class,
            DossierCommand.Attach.class, DossierCommand.Correct.class})
final class DossierCommand {

    @Command(name = "correct", description = {"Correct the applicant's name, phone, e-mail or address of a dossier this "
        + "desk received (supervisor or admin). The correction is audited, shows in the progress log and goes to the "
        + "server as DOSSIER_CORRECTED; the server accepts it only from the desk that received the dossier.",
        "A blank value clears an optional field; an option left out keeps the field."})
    static final class Correct extends DeskCommand {
        @Parameters(paramLabel = "CODE")
        String code;
        @Option(names = "--reason", required = true, description = "why the facts change (kept in the audit log)")
        String reason;
        @Option(names = "--name", description = "the applicant's full name")
        String name;
        @Option(names = "--phone")
        String phone;
        @Option(names = "--email")
        String email;
        @Option(names = "--address")
        String address;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            Dossier after = ctx.dossiers().correctApplicant(code, actor(ctx), name, phone, email, address, reason);
            printJson(Map.of("code", after.code(), "version", after.version(), "applicant", after.applicant()));
            return 0;
        }
    }

    /** The short form of a dossier used in lists. */
    static Map<String, Object> summary(Dossier d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("applicant", d.applicant().fullName());
        m.put("procedureCode", d.procedureCode());
        m.put("procedureName", d.procedureName());
        m.put("receivedAt", d.receivedAt());
        m.put("appointmentAt", d.appointmentAt());
        m.put("status", d.status().key());
        m.put("statusLabel", d.status().labelVi());
        return m;
    }

    @Command(name = "show", description = "Show one dossier with its progress log and allowed actions.")
    static final class Show extends DeskCommand {
        @Parameters(paramLabel = "CODE")
        String code;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            DossierService.DossierView v = ctx.dossiers().show(code, actor(ctx)).orElseThrow(() ->
                    new UserInputException("no dossier with code '" + code + "'"));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("dossier", v.dossier());
            out.put("statusLabel", v.dossier().status().labelVi());
            out.put("timeFlag", v.timeFlag());
            out.put("daysLate", v.daysLate());
            out.put("allowedActions", v.allowedActions());
            out.put("progress", v.progress());
            printJson(out);
            return 0;
        }
    }

    @Command(name = "search", description = "Search by code, applicant name, ID number, phone or procedure name; "
            + "diacritics and đ/Đ are ignored (\"nguyen van duc\" finds \"Nguyễn Văn Đức\").")
    static final class Search extends DeskCommand {
        @Parameters(paramLabel = "TEXT", arity = "1..*")
        List<String> words;
        @Option(names = "--limit", defaultValue = "50")
        int limit;

        @Override
        boolean readsOnly() {
            return true;
        }

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            List<Dossier> found = ctx.dossiers().search(String.join(" ", words), limit);
            printJson(found.stream().map(DossierCommand::summary).toList());
            return 0;
        }
    }

    @Command(name = "transition", description = {"Move a dossier to another status through the status machine.",
        "STATUS: national code 1-10 or key (receiving, new, denied, processing, waiting, paying, cancelled, "
            + "unresolved, releasing, done). Impossible transitions are refused with the reason."})
    static final class TransitionTo extends DeskCommand {
        @Parameters(paramLabel = "CODE")
        String code;
        @Option(names = "--to", required = true, paramLabel = "STATUS")
        String to;
        @Option(names = "--note", description = "reason or note (required for refusal, supplement, stop, withdraw)")
        String note;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            DossierStatus target = DossierStatus.parse(to).orElseThrow(() -> new UserInputException(
                    "unknown status '" + to + "': use 1-10 or receiving, new, denied, processing, waiting, paying, "
                            + "cancelled, unresolved, releasing, done"));
            Transition t = ctx.dossiers().transitionTo(code, target, actor(ctx), note);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("code", t.after().code());
            out.put("from", t.before().status().key());
            out.put("status", t.after().status().key());
            out.put("statusCode", t.after().status().code());
            out.put("statusLabel", t.after().status().labelVi());
            out.put("appointmentAt", t.after().appointmentAt());
            out.put("progress", t.entry());
            printJson(out);
            return 0;
        }
    }

    @Command(name = "attach", description = {"Attach scanned files (PDF, JPG, PNG; at most 50 MB each) to a document "
            + "line of a dossier (số hóa). They go to the central server with the next sync, after the dossier.",
        "--document: the line's number as on the receipt (1, 2, ...)."})
    static final class Attach extends DeskCommand {
        @Parameters(index = "0", paramLabel = "CODE")
        String code;
        @Parameters(index = "1..*", paramLabel = "FILE", arity = "1..*")
        List<java.nio.file.Path> files;
        @Option(names = "--document", required = true, paramLabel = "N")
        int document;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            List<Map<String, Object>> out = new java.util.ArrayList<>();
            for (java.nio.file.Path f : files) {
                var a = ctx.attachments().attach(code, document - 1, f, actor(ctx));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", a.fileName());
                m.put("document", a.documentName());
                m.put("sha256", a.sha256());
                m.put("sizeBytes", a.sizeBytes());
                m.put("mediaType", a.mediaType());
                out.add(m);
            }
            printJson(Map.of("code", code, "attached", out));
            return 0;
        }
    }
}
