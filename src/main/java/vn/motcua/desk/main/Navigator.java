package vn.motcua.desk.main;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import vn.motcua.desk.ReceiptPrinter;
import vn.motcua.desk.Session;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.dossier.DossierDetailView;
import vn.motcua.desk.dossier.DossierDetailViewModel;
import vn.motcua.desk.fee.FeePanel;
import vn.motcua.desk.print.DeskPrinting;
import vn.motcua.desk.print.DossierPrintMenu;
import vn.motcua.desk.queue.QueueView;
import vn.motcua.desk.queue.QueueViewModel;
import vn.motcua.desk.register.DraftKeeper;
import vn.motcua.desk.register.ReceivedDialog;
import vn.motcua.desk.register.RegisterView;
import vn.motcua.desk.register.RegisterViewModel;
import vn.motcua.desk.register.RegistrationDraft;
import vn.motcua.desk.report.ReportsView;
import vn.motcua.desk.report.ReportsViewModel;
import vn.motcua.desk.scan.ScanRouter;
import vn.motcua.desk.supervisor.SupervisorView;
import vn.motcua.desk.supervisor.SupervisorViewModel;
import vn.motcua.desk.sync.RatingPanel;
import vn.motcua.print.FormType;
import vn.motcua.service.DeskContext;
import vn.motcua.service.QueueService.Queue;
import vn.motcua.service.ValidationException;

/**
 * What the work area of the main window shows: a queue, the registration form, a dossier, the supervisor's home or
 * the reports. Builds each screen and its view model when first opened; the side bar's selection is the queue shown.
 * Every move is refused while the desk is locked.
 */
final class Navigator {
    private final DeskContext ctx;
    private final Session session;
    private final Messages m;
    private final FxTaskExecutor tasks;
    private final ReceiptPrinter printer;
    private final DeskPrinting printing;
    private final MainViewModel vm;
    private final ListView<Queue> navList;
    private final StackPane content;
    private final Node root;
    private final BooleanSupplier locked;
    /** Something was saved here: the sync status bar looks again. */
    private final Runnable changed;
    private final QueueViewModel queueVm;
    private final QueueView queueView;
    private final RegistrationDraft.Store draftStore;
    private RegisterViewModel registerVm;
    private RegisterView registerView;
    private DraftKeeper draftKeeper;
    private SupervisorViewModel supervisorVm;
    private SupervisorView supervisorView;
    private ReportsViewModel reportsVm;
    private ReportsView reportsView;

    Navigator(DeskContext ctx, Session session, Messages m, FxTaskExecutor tasks, ReceiptPrinter printer,
              DeskPrinting printing, MainViewModel vm, ListView<Queue> navList, StackPane content, Node root,
              BooleanSupplier locked, Runnable changed) {
        this.ctx = ctx;
        this.session = session;
        this.m = m;
        this.tasks = tasks;
        this.printer = printer;
        this.printing = printing;
        this.vm = vm;
        this.navList = navList;
        this.content = content;
        this.root = root;
        this.locked = locked;
        this.changed = changed;
        this.queueVm = new QueueViewModel(ctx.queues(), tasks, m);
        this.queueView = new QueueView(queueVm, m, this::showDossier);
        this.draftStore = new RegistrationDraft.Store(ctx.dataDir(), session.actor().username());
        navList.getSelectionModel().selectedItemProperty().addListener((obs, old, q) -> {
            if (q != null) {
                showQueue(q);
            }
        });
        // a count that changed (another desk's work brought by sync, the clock) reloads the list shown with it
        for (Queue q : Queue.values()) {
            vm.count(q).addListener((obs, old, now) -> {
                if (!locked.getAsBoolean() && navList.getSelectionModel().getSelectedItem() == q
                        && content.getChildren().contains(queueView.root())) {
                    queueVm.load();
                }
            });
        }
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private boolean locked() {
        return locked.getAsBoolean();
    }

    // ---- queues -----------------------------------------------------------------------------------------------

    void showQueue(Queue q) {
        if (locked()) {
            return;
        }
        if (navList.getSelectionModel().getSelectedItem() != q) {
            navList.getSelectionModel().select(q);
            return;
        }
        queueView.resetSortHeader();
        queueVm.show(q);
        setContent(queueView.root());
    }

    /** Opens a queue from the keyboard and puts the focus in its list. */
    void openQueue(Queue q) {
        if (navList.getSelectionModel().getSelectedItem() != q) {
            navList.getSelectionModel().select(q);
        } else {
            showQueue(q);
        }
        Platform.runLater(queueView::focusTable);
    }

    private void backToQueue() {
        Queue q = navList.getSelectionModel().getSelectedItem();
        queueVm.load();
        vm.refreshCounts();
        setContent(queueView.root());
        if (q == null) {
            navList.getSelectionModel().select(Queue.NEW);
        }
    }

    /** F3: look a dossier up among all of them, whatever its status (the box keeps what was typed). */
    void focusSearch() {
        if (locked()) {
            return;
        }
        if (navList.getSelectionModel().getSelectedItem() != Queue.ALL) {
            navList.getSelectionModel().select(Queue.ALL);
        } else if (!content.getChildren().contains(queueView.root())) {
            showQueue(Queue.ALL);
        }
        Platform.runLater(queueView::focusSearch);
    }

    /** F5: the counts and the list shown again from the database. */
    void reloadQueue() {
        vm.refreshCounts();
        queueVm.load();
    }

    // ---- registration -----------------------------------------------------------------------------------------

    void showRegister() {
        if (locked()) {
            return;
        }
        ensureRegister();
        navList.getSelectionModel().clearSelection();
        setContent(registerView.root());
        registerVm.refreshAppointment();
        registerView.focusFirst();
    }

    private void ensureRegister() {
        if (registerVm == null) {
            registerVm = new RegisterViewModel(RegisterViewModel.Services.of(ctx, session.actor()), ctx.clock(), tasks,
                    m, registered -> Platform.runLater(() -> {
                        draftKeeper.discard();
                        changed.run();
                        vm.refreshCounts();
                        queueVm.load();
                        ReceivedDialog.Choice choice = ReceivedDialog.show(window(), m, registered,
                                printer, tasks, ctx.print().qrCodesWork() ? null : m.t("qr.notEnrolled"));
                        draftKeeper.pauseWhile(registerVm::reset);
                        if (choice == ReceivedDialog.Choice.VIEW) {
                            showDossier(registered.dossier().code());
                        } else {
                            registerView.focusFirst();
                        }
                    }));
            registerView = new RegisterView(registerVm, m);
            draftKeeper = new DraftKeeper(registerVm, draftStore, ctx.clock());
            registerView.setOnReset(draftKeeper::discard);
            registerVm.loadCatalogue();
        }
    }

    /** F9: registers what the form holds, when the form is shown. */
    void submitRegistration() {
        if (!locked() && registerShowing()) {
            registerView.submitIfValid();
        }
    }

    boolean registerShowing() {
        return registerView != null && content.getChildren().contains(registerView.root());
    }

    /** The registration form's view model; null until the form was first opened. */
    RegisterViewModel registration() {
        return registerVm;
    }

    /** This clerk's draft file. */
    RegistrationDraft.Store draftStore() {
        return draftStore;
    }

    /** Keeps the registration draft in its file as it changes; null until the form was first opened. */
    DraftKeeper draftKeeper() {
        return draftKeeper;
    }

    // ---- the supervisor's screens -----------------------------------------------------------------------------

    /** The supervisor's home (supervisor and admin; the service checks the role again). */
    void showSupervisor() {
        if (locked()) {
            return;
        }
        if (supervisorView == null) {
            supervisorVm = new SupervisorViewModel(ctx.dashboard(), ctx.apologies(), session.actor(), tasks, m);
            supervisorVm.useCalendar(ctx.calendar()::workingCalendar, () -> java.time.LocalDate.now(ctx.clock()));
            supervisorView = new SupervisorView(supervisorVm, m, code -> showDossier(code, this::showSupervisor),
                    entry -> printApology(entry.code()));
        }
        navList.getSelectionModel().clearSelection();
        setContent(supervisorView.root());
        supervisorVm.refresh();
    }

    /** Reports: satisfaction charts and the official exports (supervisor and admin; the services check again). */
    void showReports() {
        if (locked()) {
            return;
        }
        if (reportsView == null) {
            reportsVm = new ReportsViewModel(ctx.dashboard(), ctx.ratings(), session.actor(), session.office(), tasks,
                    m);
            reportsView = new ReportsView(reportsVm, m);
        }
        navList.getSelectionModel().clearSelection();
        setContent(reportsView.root());
        reportsVm.load();
    }

    /**
     * Prints the apology slip just recorded with the office's settings for that form. With no printer set up or
     * found on this computer the slip opens in the preview instead (save as PDF there); other failures are shown.
     */
    private void printApology(String code) {
        BackgroundTask.wrap(() -> {
            if (!printerAvailable(ctx.print().settings(FormType.APOLOGY).printer())) {
                return false;
            }
            byte[] pdf = ctx.print().formPdf(FormType.APOLOGY, code, session.actor(), null);
            try {
                ctx.print().printWithSettings(FormType.APOLOGY, pdf);
            } catch (ValidationException e) {
                if (e.problems().stream().anyMatch(p -> "printer".equals(p.field()))) {
                    return false;
                }
                throw e;
            }
            return true;
        }).onSuccess(printed -> {
            if (!printed) {
                printing.form(window(), FormType.APOLOGY, code, null);
                Dialogs.info(window(), m, m.t("supervisor.apology.title"), m.t("supervisor.apology.noPrinter", code));
            }
        }).onFailure(e -> Dialogs.error(window(), m, m.t("supervisor.apology.printFailed", ErrorMessages.of(e, m))))
                .executeWith(tasks);
    }

    /** The named printer is installed; a blank name means the system default, which must exist. */
    private boolean printerAvailable(String name) {
        java.util.List<String> printers = ctx.print().printers();
        return name == null || name.isBlank() ? !printers.isEmpty() : printers.contains(name);
    }

    // ---- a dossier --------------------------------------------------------------------------------------------

    void showDossier(String code) {
        showDossier(code, this::backToQueue);
    }

    private void showDossier(String code, Runnable back) {
        if (locked()) {
            return;
        }
        DossierDetailViewModel dvm = new DossierDetailViewModel(ctx, session.actor(), tasks, m, () -> {
            changed.run();
            vm.refreshCounts();
            queueVm.load();
        });
        DossierDetailView view = new DossierDetailView(dvm, m, back);
        new DossierPrintMenu(printing, m).attach(view, dvm);
        RatingPanel rating = new RatingPanel(ctx.sync(), m, tasks);
        FeePanel fee = new FeePanel(ctx.fees(), session.actor(), m, tasks);
        view.extraBox().getChildren().addAll(fee.root(), rating.root());
        setContent(view.root());
        dvm.load(code);
        fee.load(code);
        rating.load(code);
    }

    private void setContent(Node node) {
        content.getChildren().setAll(node);
    }

    // ---- where the clerk is -----------------------------------------------------------------------------------

    /** Where the clerk is now (kept when the window is rebuilt after the settings changed). */
    MainView.Place place() {
        Node shown = content.getChildren().isEmpty() ? null : content.getChildren().get(0);
        if (registerView != null && shown == registerView.root()) {
            return new MainView.Place(null, "register");
        }
        if (supervisorView != null && shown == supervisorView.root()) {
            return new MainView.Place(null, "supervisor");
        }
        if (reportsView != null && shown == reportsView.root()) {
            return new MainView.Place(null, "reports");
        }
        Queue q = navList.getSelectionModel().getSelectedItem();
        return new MainView.Place(q == null ? Queue.NEW : q, null);
    }

    /** Goes back to {@code place} in a rebuilt window. */
    void go(MainView.Place place) {
        if (place == null) {
            return;
        }
        switch (place.screen() == null ? "" : place.screen()) {
            case "register" -> showRegister();
            case "supervisor" -> showSupervisor();
            case "reports" -> showReports();
            default -> showQueue(place.queue());
        }
    }

    /** What an ID-card or receipt scan can do in this window (issue 14, {@link ScanRouter}). */
    ScanRouter.Screens scanScreens() {
        return new ScanRouter.Screens() {
            @Override
            public RegisterViewModel registrationShowing() {
                return !locked() && registerShowing() ? registerVm : null;
            }

            @Override
            public RegisterViewModel openRegistration() {
                if (locked()) {
                    return null;
                }
                showRegister();
                return registerVm;
            }

            @Override
            public Node focusOwner() {
                return locked() || root.getScene() == null ? null : root.getScene().getFocusOwner();
            }

            @Override
            public void openDossier(String code) {
                showDossier(code);
            }

            @Override
            public void tell(String message) {
                if (!locked()) {
                    Dialogs.info(window(), m, m.t("scan.title"), message);
                }
            }
        };
    }
}
