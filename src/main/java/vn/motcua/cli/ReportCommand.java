package vn.motcua.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.office.OfficeProfile;
import vn.motcua.report.CsvExport;
import vn.motcua.report.Logbook;
import vn.motcua.report.Period;
import vn.motcua.report.PeriodReport;
import vn.motcua.report.PeriodReportTable;
import vn.motcua.report.ReportTable;
import vn.motcua.report.XlsxExport;
import vn.motcua.service.DeskContext;
import vn.motcua.store.AuditRepository;

@Command(name = "report", description = {"Official reports for a period: logbook (Sổ theo dõi hồ sơ), period "
        + "(Biểu II.06a, 13 columns per field), satisfaction (counter and QR ratings) or indicators (Decision 766: "
        + "on-time rate, digitisation share, satisfaction ratio).", "Example: report period --from 2026-04-01 --to 2026-06-30 "
        + "--format xlsx --out q2.xlsx"})
final class ReportCommand extends DeskCommand {
    @Parameters(paramLabel = "KIND", description = "logbook | period | satisfaction | criteria (the 11-criterion "
            + "sheet) | indicators")
    String kind;
    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
    String from;
    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD")
    String to;
    @Option(names = "--format", defaultValue = "xlsx", description = "xlsx | csv | pdf")
    String format;
    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    Integer execute(DeskContext ctx) throws Exception {
        Period period;
        try {
            period = new Period(LocalDate.parse(from), LocalDate.parse(to));
        } catch (DateTimeParseException e) {
            throw new UserInputException("--from and --to must look like 2026-04-01");
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("xlsx") && !fmt.equals("csv") && !fmt.equals("pdf")) {
            throw new UserInputException("--format must be xlsx, csv or pdf");
        }
        OfficeProfile office = ctx.setup().office().orElseThrow(() ->
                new UserInputException("this desk is not set up yet: run 'motcua setup' first"));
        Actor actor = actor(ctx);
        ReportTable table;
        Map<String, Object> summary = new LinkedHashMap<>();
        switch (kind) {
            case "logbook" -> {
                var lines = ctx.database().read(c -> Logbook.lines(c, period));
                table = Logbook.table(lines, period, office.unitName() + " — " + office.officeName());
                summary.put("lines", lines.size());
            }
            case "period" -> {
                PeriodReport r = ctx.database().read(c -> PeriodReport.compute(c, period));
                var fees = ctx.database().read(c -> vn.motcua.report.FeeSummary.compute(c, period));
                table = PeriodReportTable.of(r, office.governingBody(), office.officeName(), fees);
                summary.put("feesCollected", fees.payments());
                summary.put("feesVnd", fees.amountVnd());
                summary.put("feesByTransfer", fees.byTransfer());
                summary.put("feeTransferShare", fees.transferShare());
                summary.put("received", r.total().received());
                summary.put("resolved", r.total().resolved());
                summary.put("inProgress", r.total().inProgress());
                summary.put("overdue", r.total().overdue());
            }
            case "satisfaction" -> {
                var r = ctx.ratings().report(actor, period);
                table = r.table(office.officeName());
                summary.put("ratings", r.total());
                summary.put("dissatisfied", r.dissatisfied().size());
                summary.put("satisfiedRatersPercent", Math.round(r.satisfactionRatio() * 1000) / 10.0);
            }
            case "criteria" -> {
                var rows = ctx.database().read(c -> vn.motcua.report.CriteriaSheet.compute(c, period));
                table = vn.motcua.report.CriteriaSheet.table(rows, period, office.officeName());
                summary.put("criteria", rows.size());
            }
            case "indicators" -> {
                var r = ctx.database().read(c -> vn.motcua.report.Indicators766.compute(c, period));
                table = r.table(office.officeName());
                summary.put("onTimeRate", r.onTimeRate());
                summary.put("onlineShare", r.onlineShare());
                summary.put("onlinePaymentShare", r.onlinePaymentShare()); // null: no online payment recorded
                summary.put("digitisationShare", r.digitisationShare());
                summary.put("satisfactionIndex", r.satisfactionIndex()); // §5.4, over dossiers
                summary.put("satisfiedRatersShare", r.satisfiedRatersShare()); // over ratings, not the 766 figure
            }
            default -> throw new UserInputException("KIND must be logbook, period, satisfaction, criteria or "
                    + "indicators");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            if (fmt.equals("xlsx")) {
                XlsxExport.write(table, o);
            } else if (fmt.equals("pdf")) {
                o.write(vn.motcua.report.ReportPdf.render(table));
            } else {
                CsvExport.write(table, o);
            }
        }
        ctx.database().run(c -> {
            new AuditRepository().record(c, LocalDateTime.now(ctx.clock()), actor.username(), "EXPORT", null,
                    kind + " " + period.textVi() + " " + fmt);
        });
        summary.put("file", out.toAbsolutePath().toString());
        summary.put("rows", table.rows().size());
        printJson(summary);
        return 0;
    }
}
