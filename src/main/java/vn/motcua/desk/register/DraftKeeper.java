package vn.motcua.desk.register;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the registration form as a {@link RegistrationDraft} while the clerk types: a moment (debounce) after the last
 * change the form is written to the clerk's draft file on a background thread; a form with nothing in it removes the
 * file. {@link #flush()} writes at once (closing the window), {@link #discard()} forgets (registered, or thrown away).
 */
public final class DraftKeeper {
    /** How long after the last keystroke the draft is written. */
    public static final Duration DEBOUNCE = Duration.millis(700);
    private static final Logger LOG = LoggerFactory.getLogger(DraftKeeper.class);

    private final RegisterViewModel vm;
    private final RegistrationDraft.Store store;
    private final Clock clock;
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registration-draft");
        t.setDaemon(true);
        return t;
    });
    private final InvalidationListener changed = obs -> schedule();
    private boolean paused;

    public DraftKeeper(RegisterViewModel vm, RegistrationDraft.Store store, Clock clock) {
        this.vm = vm;
        this.store = store;
        this.clock = clock;
        pause.setOnFinished(e -> write());
        vm.draftInputs().forEach(o -> o.addListener(changed));
    }

    private void schedule() {
        if (!paused) {
            pause.playFromStart();
        }
    }

    private void write() {
        if (vm.hasInput()) {
            RegistrationDraft d = vm.draft(LocalDateTime.now(clock));
            writer.execute(() -> {
                try {
                    store.save(d);
                } catch (IOException e) {
                    LOG.warn("Could not keep the registration draft in {}", store.file(), e);
                }
            });
        } else {
            writer.execute(store::clear);
        }
    }

    /** Writes the form now (and waits for it): the window is closing, or the clerk chose to keep the draft. */
    public void flush() {
        pause.stop();
        write();
        waitForWriter();
    }

    /** Forgets the draft: the dossier was registered, or the clerk threw the form away. */
    public void discard() {
        pause.stop();
        writer.execute(store::clear);
        waitForWriter();
    }

    /** Stops watching the form for a moment (while it is filled by code, e.g. cleared after registering). */
    public void pauseWhile(Runnable change) {
        paused = true;
        try {
            change.run();
        } finally {
            paused = false;
        }
    }

    private void waitForWriter() {
        try {
            writer.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("The registration draft was not written in time", e);
        }
    }

    /** Stops the keeper (sign-out): what is pending is written first. */
    public void close() {
        if (pause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            flush();
        }
        vm.draftInputs().forEach(o -> o.removeListener(changed));
        writer.shutdown();
    }
}
