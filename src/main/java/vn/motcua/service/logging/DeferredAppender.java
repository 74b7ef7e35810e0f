package vn.motcua.service.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.function.Supplier;

/**
 * An appender that builds the real one (its pattern layout, encoder, file and rolling policy) when the first event
 * reaches it (issue 18, decision 0027). A command that logs nothing — {@code settings list}, a search — no longer
 * parses two patterns and sets up a rolling file on every start; the first warning, or the first line of the log
 * file, builds it as before. Filters added to this appender apply before that.
 */
final class DeferredAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
    private final String target;
    private final Supplier<Appender<ILoggingEvent>> factory;
    private volatile Appender<ILoggingEvent> real;

    /** {@code target}: what the real appender writes to (a file's path, "stderr"), to tell installations apart. */
    DeferredAppender(String name, String target, Supplier<Appender<ILoggingEvent>> factory) {
        setName(name);
        this.target = target;
        this.factory = factory;
    }

    String target() {
        return target;
    }

    /** Whether the real appender has been built (an event reached it). */
    boolean built() {
        return real != null;
    }

    @Override
    protected void append(ILoggingEvent event) {
        Appender<ILoggingEvent> a = real;
        if (a == null) {
            synchronized (this) {
                a = real;
                if (a == null) {
                    a = factory.get();
                    real = a;
                }
            }
        }
        a.doAppend(event);
    }

    @Override
    public void stop() {
        Appender<ILoggingEvent> a = real;
        if (a != null) {
            a.stop();
        }
        super.stop();
    }
}
