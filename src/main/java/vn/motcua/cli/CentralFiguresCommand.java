package vn.motcua.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.province.CommuneRow;
import vn.motcua.central.province.FigurePeriods;
import vn.motcua.central.province.FigureUpdates;
import vn.motcua.central.province.Overview;
import vn.motcua.central.province.OverviewExport;
import vn.motcua.central.province.OverviewQuery;
import vn.motcua.report.Period;

/**
 * {@code motcua central figures ...}: the province figures kept at ingest (decision 0012) — rebuild them from the
 * data held, print the overview of a period and export it. The overview's benchmark is a test rig
 * ({@code bench/run central figures bench}).
 */
@Command(name = "figures", description = {"The province figures per commune (kept up to date as desks sync).",
    "Definitions: docs/central-server.md, \"Province figures\"."},
        subcommands = {CentralFiguresCommand.Rebuild.class, CentralFiguresCommand.OverviewCmd.class})
final class CentralFiguresCommand {
    private CentralFiguresCommand() {
    }

    @Command(name = "rebuild", description = {"Recompute every figure from the dossiers, ratings, apologies and "
        + "scans the server holds (after upgrading to this version, or to check). One transaction: run it when no "
        + "desk is syncing (stop the nodes or run it at night); running it again changes nothing."})
    static final class Rebuild extends CentralCommand.Base {
        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            long t0 = System.nanoTime();
            long n = ctx.database().write(FigureUpdates::rebuild);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("dossiers", n);
            out.put("seconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
            printJson(out);
            return 0;
        }
    }

    @Command(name = "overview", description = {"Print the overview of a period: one row per commune and the "
        + "province's totals (JSON), optionally exported to XLSX and/or CSV.",
        "Period: --month 2026-05 | --quarter 2026-2 | --year 2026 | --from D --to D | --reporting month|quarter|year "
            + "with --month/--quarter/--year (the §7.2 period: 15th of the previous month to the 14th)."})
    static final class OverviewCmd extends CentralCommand.Base {
        @Option(names = "--month", paramLabel = "YYYY-MM")
        String month;
        @Option(names = "--quarter", paramLabel = "YYYY-Q")
        String quarter;
        @Option(names = "--year", paramLabel = "YYYY")
        Integer year;
        @Option(names = "--from", paramLabel = "YYYY-MM-DD")
        String from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD")
        String to;
        @Option(names = "--reporting", paramLabel = "KIND", description = "month, quarter or year")
        String reporting;
        @Option(names = "--sort", defaultValue = "NAME", paramLabel = "COLUMN",
                description = "NAME, CODE, RECEIVED, RESOLVED, ON_TIME_RATE, OVERDUE_NOW, APOLOGIES, SATISFACTION, "
                        + "RATINGS, DIGITISATION, LAST_SYNC (NAME)")
        String sort;
        @Option(names = "--desc", description = "descending")
        boolean desc;
        @Option(names = "--filter", paramLabel = "TEXT", description = "communes whose name or code contains TEXT")
        String filter;
        @Option(names = "--xlsx", paramLabel = "FILE")
        Path xlsx;
        @Option(names = "--csv", paramLabel = "FILE")
        Path csv;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            OverviewQuery.Sort s;
            try {
                s = OverviewQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("unknown --sort " + sort);
            }
            Overview o = ctx.provinceFigures().overview(OverviewQuery.of(period()).sortedBy(s, desc)
                    .filtered(filter, false, false, null));
            if (xlsx != null) {
                try (OutputStream out = Files.newOutputStream(xlsx)) {
                    OverviewExport.xlsx(o, out);
                }
            }
            if (csv != null) {
                try (OutputStream out = Files.newOutputStream(csv)) {
                    OverviewExport.csv(o, out);
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("from", o.period().from().toString());
            out.put("to", o.period().to().toString());
            out.put("asOf", o.asOf().toString());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CommuneRow r : o.rows()) {
                rows.add(row(r));
            }
            out.put("communes", rows);
            out.put("total", row(o.total()));
            printJson(out);
            return 0;
        }

        private Period period() {
            try {
                if (reporting != null) {
                    FigurePeriods.Kind k = FigurePeriods.Kind.valueOf(reporting.toUpperCase(Locale.ROOT));
                    return switch (k) {
                        case MONTH -> {
                            YearMonth m = YearMonth.parse(required(month, "--month"));
                            yield FigurePeriods.reporting(k, m.getYear(), m.getMonthValue());
                        }
                        case QUARTER -> {
                            String[] q = required(quarter, "--quarter").split("-");
                            yield FigurePeriods.reporting(k, Integer.parseInt(q[0]), Integer.parseInt(q[1]));
                        }
                        case YEAR -> FigurePeriods.reporting(k, year == null ? LocalDate.now().getYear() : year, 0);
                    };
                }
                if (month != null) {
                    YearMonth m = YearMonth.parse(month);
                    return FigurePeriods.month(m.getYear(), m.getMonthValue());
                }
                if (quarter != null) {
                    String[] q = quarter.split("-");
                    return FigurePeriods.quarter(Integer.parseInt(q[0]), Integer.parseInt(q[1]));
                }
                if (year != null) {
                    return FigurePeriods.year(year);
                }
                if (from != null || to != null) {
                    return FigurePeriods.custom(LocalDate.parse(required(from, "--from")),
                            LocalDate.parse(required(to, "--to")));
                }
                return FigurePeriods.containing(FigurePeriods.Kind.MONTH, LocalDate.now());
            } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new UserInputException("bad period: " + e.getMessage());
            }
        }

        private static String required(String v, String name) {
            if (v == null) {
                throw new UserInputException(name + " is needed for this period");
            }
            return v;
        }

        private static Map<String, Object> row(CommuneRow r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("agencyCode", r.officeCode());
            m.put("name", r.officeName());
            m.put("received", r.received());
            m.put("receivedOnline", r.receivedOnline());
            m.put("carriedOver", r.carriedOver());
            m.put("resolved", r.resolved());
            m.put("resolvedEarly", r.resolvedEarly());
            m.put("resolvedOnTime", r.resolvedOnTime());
            m.put("resolvedLate", r.resolvedLate());
            m.put("onTimeRate", r.onTimeRate());
            m.put("overdueNow", r.overdueNow());
            m.put("apologies", r.apologies());
            m.put("satisfaction766", r.satisfaction());
            m.put("ratings", r.ratings());
            m.put("ratedDissatisfied", r.ratedDissatisfied());
            m.put("digitisationShare", r.digitisationShare());
            m.put("desks", r.desks().size());
            m.put("silentDesks", r.silentDesks());
            m.put("lastSync", r.lastSync() == null ? null : r.lastSync().toString());
            return m;
        }
    }
}
