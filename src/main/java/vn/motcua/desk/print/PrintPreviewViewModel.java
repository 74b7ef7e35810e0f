package vn.motcua.desk.print;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Actor;
import vn.motcua.print.FormType;
import vn.motcua.print.PaperFormat;
import vn.motcua.print.PdfPages;
import vn.motcua.service.PrintService;
import vn.motcua.service.PrintService.PrintSettings;

/**
 * The print preview of one form: the PDF is rendered ONCE (one audit row) and the same bytes feed the page images,
 * "In" and "Lưu PDF". Choosing another paper renders again. The printer and paper chosen are remembered for the form
 * type when the clerk prints.
 */
public final class PrintPreviewViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PrintPreviewViewModel.class);
    /** Preview resolution: sharp enough to read on screen, cheap to render. */
    static final float PREVIEW_DPI = 110f;

    /** Renders the form on a paper (off the FX thread); each call is one audited print. */
    @FunctionalInterface
    public interface Source {
        byte[] render(PaperFormat paper) throws Exception;
    }

    private final PrintService print;
    private final FormType type;
    private final Source source;
    private final Actor actor;
    private final TaskExecutor tasks;
    private final Messages m;
    private final ObservableList<PaperFormat> formats = FXCollections.observableArrayList();
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final ObjectProperty<PaperFormat> format = new SimpleObjectProperty<>();
    private final StringProperty printer = new SimpleStringProperty("");
    private final BooleanProperty escPos = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final StringProperty qrWarning = new SimpleStringProperty("");
    private volatile byte[] pdf;
    private PaperFormat rendered;

    public PrintPreviewViewModel(PrintService print, FormType type, Source source, Actor actor, TaskExecutor tasks,
                                 Messages m) {
        this.print = print;
        this.type = type;
        this.source = source;
        this.actor = actor;
        this.tasks = tasks;
        this.m = m;
        formats.setAll(formatsFor(type));
        qrWarning.set(type == FormType.RECEIPT && !print.qrCodesWork() ? m.t("qr.notEnrolled") : "");
    }

    /** Said over a receipt's preview while its QR codes cannot work yet (the desk is not enrolled); else "". */
    public StringProperty qrWarningProperty() {
        return qrWarning;
    }

    /** The papers a form can be printed on. */
    public static List<PaperFormat> formatsFor(FormType type) {
        return type == FormType.LOGBOOK ? List.of(PaperFormat.A4_LANDSCAPE)
                : List.of(PaperFormat.A5, PaperFormat.A4, PaperFormat.ROLL_80MM);
    }

    /**
     * Loads the remembered settings and the printers, then renders on {@code initial} (null = the remembered paper).
     * {@code pdfAlready} skips the first render when the caller has the bytes already.
     */
    public void load(PaperFormat initial, byte[] pdfAlready) {
        busy.set(true);
        status.set(m.t("print.preview.rendering"));
        BackgroundTask.wrap(() -> {
                    PrintSettings s = print.settings(type);
                    List<String> names = print.printers();
                    PaperFormat paper = initial != null ? initial : s.format();
                    byte[] bytes = pdfAlready != null ? pdfAlready : source.render(paper);
                    return new Loaded(s, names, paper, bytes, images(bytes));
                })
                .onSuccess(l -> {
                    printers.setAll(l.printers());
                    printer.set(l.settings().printer().isBlank() || !l.printers().contains(l.settings().printer())
                            ? (l.printers().isEmpty() ? "" : l.printers().get(0)) : l.settings().printer());
                    escPos.set(l.settings().escPos());
                    rendered = l.paper();
                    format.set(l.paper());
                    show(l.pdf(), l.pages());
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    /** Renders again on another paper (another audited print). */
    public void changeFormat(PaperFormat paper) {
        if (paper == null || paper == rendered || busy.get()) {
            return;
        }
        busy.set(true);
        ready.set(false);
        status.set(m.t("print.preview.rendering"));
        BackgroundTask.wrap(() -> {
                    byte[] bytes = source.render(paper);
                    return new Rendered(bytes, images(bytes));
                })
                .onSuccess(r -> {
                    rendered = paper;
                    show(r.pdf(), r.pages());
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    /** Sends the bytes to the chosen printer (ESC/POS raster for an 80 mm roll when chosen) and remembers the choice. */
    public void print() {
        byte[] bytes = pdf;
        if (bytes == null || busy.get()) {
            return;
        }
        String name = Objects.requireNonNullElse(printer.get(), "");
        PaperFormat paper = rendered;
        boolean thermal = escPos.get() && paper == PaperFormat.ROLL_80MM;
        busy.set(true);
        status.set(m.t("print.preview.sending"));
        BackgroundTask.wrapRunnable(() -> {
                    print.saveSettings(type, new PrintSettings(name, paper, escPos.get()), actor);
                    if (thermal) {
                        print.printThermal(bytes, name);
                    } else {
                        print.print(bytes, name, paper);
                    }
                })
                .onSuccess(v -> status.set(m.t("print.preview.sent", name.isBlank() ? m.t("print.defaultPrinter")
                        : name)))
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    /** Writes the bytes shown to {@code file}. */
    public void savePdf(Path file) {
        byte[] bytes = pdf;
        if (bytes == null || file == null) {
            return;
        }
        busy.set(true);
        BackgroundTask.wrap(() -> Files.write(file, bytes))
                .onSuccess(p -> status.set(m.t("print.preview.saved", p.toString())))
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    private void show(byte[] bytes, List<BufferedImage> images) {
        pdf = bytes;
        pages.setAll(images);
        ready.set(true);
        status.set(m.t("print.preview.pages", images.size()));
    }

    private void failed(Throwable e) {
        LOG.warn("Print preview of {} failed", type, e);
        status.set(ErrorMessages.of(e, m));
        if (rendered != null) {
            format.set(rendered);
        }
    }

    private static List<BufferedImage> images(byte[] bytes) {
        return PdfPages.render(bytes, PREVIEW_DPI);
    }

    /** Suggested file name: {@code giay-tiep-nhan-<code>.pdf}. */
    public String suggestedFileName(String base) {
        // the form's name in the desk's language, without diacritics: "Giay-tiep-nhan-ho-so-…-000.00.01.H22-….pdf"
        String name = vn.motcua.domain.text.Text.fold(m.of("form", type)).replace(' ', '-');
        String first = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return (first + "-" + base).replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    private record Loaded(PrintSettings settings, List<String> printers, PaperFormat paper, byte[] pdf,
                          List<BufferedImage> pages) {
    }

    private record Rendered(byte[] pdf, List<BufferedImage> pages) {
    }

    public FormType type() {
        return type;
    }

    public byte[] pdf() {
        return pdf;
    }

    public ObservableList<PaperFormat> formats() {
        return formats;
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public ObservableList<BufferedImage> pages() {
        return pages;
    }

    public ObjectProperty<PaperFormat> formatProperty() {
        return format;
    }

    public StringProperty printerProperty() {
        return printer;
    }

    public BooleanProperty escPosProperty() {
        return escPos;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }
}
