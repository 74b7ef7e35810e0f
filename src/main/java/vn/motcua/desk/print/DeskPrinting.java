package vn.motcua.desk.print;

import java.time.LocalDate;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.motcua.desk.ReceiptPrinter;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.print.FormType;
import vn.motcua.print.PaperFormat;
import vn.motcua.service.FormOptions;
import vn.motcua.service.PrintService;

/**
 * The desk's way to every printed form: each opens the same {@link PrintPreviewDialog}. As the
 * {@link ReceiptPrinter} of "Tiếp nhận" it renders the receipt once (off the FX thread) and opens the preview with
 * those bytes.
 */
public final class DeskPrinting implements ReceiptPrinter {
    private final PrintService print;
    private final Actor actor;
    private final Messages m;
    private final TaskExecutor tasks;
    private final SaveChooser chooser;

    public DeskPrinting(PrintService print, Actor actor, Messages m, TaskExecutor tasks, SaveChooser chooser) {
        this.print = print;
        this.actor = actor;
        this.m = m;
        this.tasks = tasks;
        this.chooser = chooser;
    }

    /** The desk's own: the OS file chooser for "Lưu PDF". */
    public static DeskPrinting standard(PrintService print, Actor actor, Messages m, TaskExecutor tasks) {
        return new DeskPrinting(print, actor, m, tasks, SaveChooser.pdfFileChooser(m.t("print.pdfFiles")));
    }

    /** Called off the FX thread by the "Tiếp nhận" result dialog: one render, then the preview. */
    @Override
    public String print(Dossier dossier) throws Exception {
        byte[] pdf = print.receiptPdf(dossier.code(), null, actor, false);
        PaperFormat paper = print.settings(FormType.RECEIPT).format();
        Platform.runLater(() -> open(activeWindow(), FormType.RECEIPT, dossier.code(), p ->
                print.receiptPdf(dossier.code(), p, actor, false), paper, pdf, m.t("print.title.receipt",
                dossier.code())));
        return m.t("print.receiptOpened", dossier.code());
    }

    /** The receipt of a registered dossier; {@code reprint} marks it "Bản in lại". */
    public Stage receipt(Window owner, String code, boolean reprint) {
        return open(owner, FormType.RECEIPT, code, p -> print.receiptPdf(code, p, actor, reprint), null, null,
                m.t(reprint ? "print.title.reprint" : "print.title.receipt", code));
    }

    /** Any other form of a dossier, with what the clerk set (null = all from the dossier). */
    public Stage form(Window owner, FormType type, String code, FormOptions options) {
        FormOptions o = options == null ? FormOptions.NONE : options;
        return open(owner, type, code, p -> print.formPdf(type, code, actor, o.withFormat(p)), null, null,
                m.t("print.title.form", m.of("form", type), code));
    }

    /** The logbook of a period. */
    public Stage logbook(Window owner, LocalDate from, LocalDate to) {
        return open(owner, FormType.LOGBOOK, from + "_" + to, p -> print.logbookPdf(from, to, actor),
                PaperFormat.A4_LANDSCAPE, null, m.t("print.title.logbook"));
    }

    private Stage open(Window owner, FormType type, String base, PrintPreviewViewModel.Source source,
                       PaperFormat initial, byte[] pdf, String title) {
        PrintPreviewViewModel vm = new PrintPreviewViewModel(print, type, source, actor, tasks, m);
        PrintPreviewDialog dialog = new PrintPreviewDialog(vm, m, chooser, base);
        Stage stage = dialog.show(owner, title);
        vm.load(initial, pdf);
        return stage;
    }

    public PrintService service() {
        return print;
    }

    public Actor actor() {
        return actor;
    }

    private static Window activeWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .or(() -> Window.getWindows().stream().filter(Window::isShowing).findFirst()).orElse(null);
    }
}
