package vn.motcua.desk.main;

import java.util.function.Supplier;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.stage.Window;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.Formats;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.register.RegisterViewModel;

/**
 * The half-filled registration around a session: asked about before the window closes or the clerk signs out
 * (keep / discard / stay), offered back at the next sign-in (continue / discard / later). The draft file itself is
 * {@link vn.motcua.desk.register.DraftKeeper}'s (decision 0008).
 */
final class DraftPrompts {
    private final Navigator nav;
    private final Messages m;
    private final Supplier<Window> window;

    DraftPrompts(Navigator nav, Messages m, Supplier<Window> window) {
        this.nav = nav;
        this.m = m;
        this.window = window;
    }

    /** Whether a registration was started and not registered. */
    boolean unsaved() {
        return nav.registration() != null && nav.registration().hasInput();
    }

    /** Writes the half-filled registration as this clerk's draft now. */
    void keep() {
        if (nav.draftKeeper() != null) {
            nav.draftKeeper().flush();
        }
    }

    /** Throws the half-filled registration away. */
    void discard() {
        if (nav.draftKeeper() != null) {
            nav.draftKeeper().discard();
            nav.draftKeeper().pauseWhile(nav.registration()::reset);
        }
    }

    /** Keep it as a draft, throw it away, or stay: true when the desk may go on closing. */
    boolean confirmLeave(boolean closing) {
        if (!unsaved()) {
            return true;
        }
        String who = nav.registration().fullNameProperty().get();
        int answer = Dialogs.choose(window.get(), m.t("draft.leave.title"),
                m.t("draft.leave.message", who == null || who.isBlank() ? m.t("draft.unnamed") : who.strip()),
                "draft-leave", 2,
                new Dialogs.Choice(m.t(closing ? "draft.leave.keepExit" : "draft.leave.keep"), "draft-keep",
                        ButtonData.YES),
                new Dialogs.Choice(m.t(closing ? "draft.leave.discardExit" : "draft.leave.discard"), "draft-discard",
                        ButtonData.NO),
                new Dialogs.Choice(m.t("draft.leave.stay"), "draft-stay", ButtonData.CANCEL_CLOSE));
        if (answer == 0) {
            keep();
            return true;
        }
        if (answer == 1) {
            discard();
            return true;
        }
        if (nav.registration() != null) {
            nav.showRegister();
        }
        return false;
    }

    /** The window was rebuilt with the form kept: it is put back without asking. */
    void restoreKept() {
        var kept = nav.draftStore().load();
        nav.showRegister();
        kept.ifPresent(nav.registration()::restore);
    }

    /** At sign-in: a draft this clerk left (closed window, crash, power cut) is offered back. */
    void offer() {
        var kept = nav.draftStore().load();
        if (kept.isEmpty()) {
            return;
        }
        var d = kept.get();
        String who = d.fullName() == null || d.fullName().isBlank() ? m.t("draft.unnamed") : d.fullName().strip();
        String when = d.savedAt() == null ? "" : Formats.dateTime(d.savedAt());
        int answer = Dialogs.choose(window.get(), m.t("draft.offer.title"), m.t("draft.offer.message", who, when),
                "draft-offer", 0,
                new Dialogs.Choice(m.t("draft.offer.resume"), "draft-resume", ButtonData.YES),
                new Dialogs.Choice(m.t("draft.offer.discard"), "draft-throw", ButtonData.NO),
                new Dialogs.Choice(m.t("draft.offer.later"), "draft-later", ButtonData.CANCEL_CLOSE));
        if (answer == 0) {
            nav.showRegister();
            RegisterViewModel form = nav.registration();
            form.restore(d);
        } else if (answer == 1) {
            nav.draftStore().clear();
        }
    }

    /** The window closes for good: the pending draft write finishes. */
    void close() {
        if (nav.draftKeeper() != null) {
            nav.draftKeeper().close();
        }
    }
}
