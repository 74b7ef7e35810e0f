package vn.motcua.service.logging;

import ch.qos.logback.classic.spi.LogbackServiceProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.LocationAwareLogger;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The product jar's SLF4J provider (issue 18, decision 0034): Logback, set up only when it is needed. Until then
 * loggers are light placeholders that answer {@code isXxxEnabled} from the same levels {@link LogSetup} and
 * {@link LogFiles} give Logback (the root at WARN, the noisy libraries at WARN, the root at INFO once a data folder's
 * log file is installed). The first event at an enabled level sets Logback up on the spot — on the thread that logs,
 * before the event is handed on — so no warning and no log-file line is lost or reordered; an event below those levels
 * is dropped as Logback would drop it. The desk also sets Logback up on a background thread once its first screen is
 * drawn ({@link #activateInBackground}); a command that logs nothing never sets it up (~90 classes, its context,
 * the configurator; ≈ 100–200 ms of CPU per start).
 *
 * <p>Registered for the shaded jar only (the build adds its service file and leaves Logback's out); tests and the
 * IDE use Logback's own provider. {@code -Dlogback.configurationFile=FILE} sets Logback up at once (its levels are
 * the file's, e.g. DEBUG for the {@code startup:} timeline).
 */
public final class StartLogging implements SLF4JServiceProvider {
    /** Loggers at WARN whatever the root's level (the same list {@link LogSetup} gives Logback). */
    static final String[] QUIET = {"org.flywaydb", "org.apache.pdfbox", "org.apache.fontbox", "org.eclipse.jetty",
        "com.zaxxer.hikari"};

    private static volatile StartLogging instance;

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();
    private final ConcurrentMap<String, Placeholder> placeholders = new ConcurrentHashMap<>();
    private final ILoggerFactory placeholderFactory = name -> placeholders.computeIfAbsent(name, Placeholder::new);
    /** The root's level until Logback is set up: WARN, or what {@link LogFiles#install} would set. */
    private volatile int rootLevel = Level.WARN.toInt();
    /** The log files asked for before Logback was set up, installed when it is. */
    private final List<Object[]> pendingFiles = new ArrayList<>();
    private volatile SLF4JServiceProvider logback;
    /** Set while Logback is being set up (a log call made by the set-up itself must not start it again). */
    private boolean activating;

    @Override
    public ILoggerFactory getLoggerFactory() {
        SLF4JServiceProvider real = logback;
        return real != null ? real.getLoggerFactory() : placeholderFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        instance = this;
        if (System.getProperty("logback.configurationFile") != null) {
            activate(); // the user's file decides the levels: nothing can be answered before reading it
        }
    }

    /**
     * {@link LogFiles#install} before Logback is set up: the data folder's file is installed when it is, and until
     * then the placeholders answer with the level the file's installation gives the root. False when Logback is set
     * up already (the caller installs it itself).
     */
    static boolean deferFiles(Path dataDir, boolean verbose) {
        StartLogging s = instance;
        if (s == null) {
            return false;
        }
        synchronized (s) {
            if (s.logback != null) {
                return false;
            }
            s.pendingFiles.add(new Object[] {dataDir, verbose});
            if (s.rootLevel >= Level.WARN.toInt()) {
                s.rootLevel = (verbose ? Level.DEBUG : Level.INFO).toInt();
            }
            return true;
        }
    }

    /**
     * Sets Logback up now on a daemon thread, if this provider is in use and has not done it yet (the desk, once its
     * first screen is drawn: later log calls then find it ready).
     */
    public static void activateInBackground() {
        StartLogging s = instance;
        if (s != null && s.logback == null) {
            Thread t = new Thread(s::activate, "motcua-logging-setup");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
    }

    /** Sets Logback up (its configurator is {@link LogSetup}), then installs the log files asked for so far. */
    synchronized void activate() {
        if (logback != null || activating) {
            return;
        }
        activating = true;
        try {
            LogbackServiceProvider real = new LogbackServiceProvider();
            real.initialize();
            // the files first, then the placeholders may hand events on: none can miss its file
            for (Object[] f : pendingFiles) {
                LogFiles.installInto((ch.qos.logback.classic.LoggerContext) real.getLoggerFactory(), (Path) f[0],
                        (Boolean) f[1]);
            }
            pendingFiles.clear();
            logback = real;
        } finally {
            activating = false;
        }
    }

    /** Whether the logger {@code name} is one of the quiet packages' (their floor is WARN before Logback). */
    private static boolean quiet(String name) {
        for (String q : QUIET) {
            if (name.equals(q) || name.startsWith(q) && name.length() > q.length() && name.charAt(q.length()) == '.') {
                return true;
            }
        }
        return false;
    }

    /** A logger handed out before Logback was set up: Logback's own logger of that name once it is. */
    private final class Placeholder extends AbstractLogger {
        private static final long serialVersionUID = 1L;
        private transient volatile org.slf4j.Logger real;

        /** The quiet packages' floor for this name, worked out once (a name never changes; Jetty asks per request). */
        private final boolean quiet;

        Placeholder(String name) {
            this.name = name;
            this.quiet = quiet(name);
        }

        private org.slf4j.Logger real() {
            org.slf4j.Logger r = real;
            if (r == null && logback != null) {
                r = logback.getLoggerFactory().getLogger(name);
                real = r;
            }
            return r;
        }

        private boolean enabled(Level level) {
            org.slf4j.Logger r = real();
            if (r != null) {
                return r.isEnabledForLevel(level);
            }
            int threshold = quiet ? Math.max(rootLevel, Level.WARN.toInt()) : rootLevel;
            return level.toInt() >= threshold;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return Placeholder.class.getName();
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String msg, Object[] args,
                                                   Throwable throwable) {
            org.slf4j.Logger r = real();
            if (r == null) {
                try {
                    activate();
                } catch (RuntimeException | LinkageError e) {
                    return; // Logback cannot start: a log call must not fail the caller (as Logback's own rule)
                }
                r = real();
                if (r == null) {
                    return; // logged by Logback's own set-up, on the thread doing it: nowhere to go yet
                }
            }
            if (r instanceof LocationAwareLogger la) {
                la.log(marker, getFullyQualifiedCallerName(), level.toInt(), msg, args, throwable);
            } else {
                r.makeLoggingEventBuilder(level).addMarker(marker).setCause(throwable)
                        .log(msg, args == null ? new Object[0] : args);
            }
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isTraceEnabled(Marker marker) {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isDebugEnabled(Marker marker) {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isInfoEnabled(Marker marker) {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isWarnEnabled(Marker marker) {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(Level.ERROR);
        }

        @Override
        public boolean isErrorEnabled(Marker marker) {
            return enabled(Level.ERROR);
        }
    }
}
