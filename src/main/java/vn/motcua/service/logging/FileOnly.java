package vn.motcua.service.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * A log line meant for the log file only: the command line prints its own clear message for it (a damaged data file,
 * an internal failure), so the stack trace must not reach stderr before it (issue 15). The console appender of
 * {@link LogSetup} drops events with {@link #MARKER}; the files keep them.
 */
public final class FileOnly {
    /** Marks an event for the log file only. */
    public static final Marker MARKER = MarkerFactory.getMarker("FILE_ONLY");

    private FileOnly() {
    }

    /** The console's filter: denies events marked {@link #MARKER}. */
    static final class ConsoleFilter extends Filter<ILoggingEvent> {
        @Override
        public FilterReply decide(ILoggingEvent event) {
            var markers = event.getMarkerList();
            return markers != null && markers.contains(MARKER) ? FilterReply.DENY : FilterReply.NEUTRAL;
        }
    }
}
