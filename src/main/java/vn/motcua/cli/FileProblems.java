package vn.motcua.cli;

import java.io.PrintWriter;
import java.util.List;
import vn.motcua.store.calendar.CalendarProblem;
import vn.motcua.store.catalog.CatalogFile.CatalogProblem;

/** How the desk and central import commands list the problems of a catalogue or calendar file on stderr. */
final class FileProblems {
    private FileProblems() {
    }

    static void catalog(PrintWriter err, List<CatalogProblem> problems) {
        problems.forEach(p -> err.println("  entry " + p.position()
                + (p.code() == null || p.code().isEmpty() ? "" : " (" + p.code() + ")") + " " + p.path() + ": "
                + p.message()));
    }

    static void calendar(PrintWriter err, List<CalendarProblem> problems) {
        problems.forEach(p -> err.println("  " + p.path() + ": " + p.message()));
    }
}
