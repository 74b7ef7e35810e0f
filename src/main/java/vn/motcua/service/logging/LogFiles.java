package vn.motcua.service.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolling log files in {@code <data>/logs} (daily, 10 MB per file, 30 days, 200 MB in all), personal data masked.
 * Installed once the data folder is known.
 */
public final class LogFiles {
    public static final String FOLDER = "logs";
    private static final String APPENDER = "motcua-file";

    private LogFiles() {
    }

    public static void install(Path dataDir, boolean verbose) {
        // before Logback is set up (StartLogging, decision 0034): remembered, installed when the first line needs it
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext)
                && StartLogging.deferFiles(dataDir, verbose)) {
            return;
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
            installInto(ctx, dataDir, verbose);
        }
    }

    /** The rolling file appender on {@code ctx}'s root (once per data folder). */
    static synchronized void installInto(LoggerContext ctx, Path dataDir, boolean verbose) {
        ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        Path dir = dataDir.resolve(FOLDER);
        String logFile = dir.resolve("motcua.log").toString();
        var existing = root.getAppender(APPENDER);
        if (existing instanceof DeferredAppender current) {
            if (current.target().equals(logFile)) {
                return;
            }
            root.detachAppender(current);
            current.stop();
        }
        LogSetup.registerConverters(ctx); // also under a -Dlogback.configurationFile that does not declare them
        // the file, its folder and the rolling policy are made when the first line is written (issue 18: a command
        // that logs nothing does not pay for them)
        DeferredAppender file = new DeferredAppender(APPENDER, logFile, () -> rollingFile(ctx, dir, logFile));
        file.setContext(ctx);
        file.start();
        root.addAppender(file);
        if (root.getLevel() == null || root.getLevel().isGreaterOrEqual(Level.WARN)) {
            root.setLevel(verbose ? Level.DEBUG : Level.INFO);
            // keep the console quiet: it shows warnings only
            root.iteratorForAppenders().forEachRemaining(a -> {
                if (a != file) {
                    var filter = new ch.qos.logback.classic.filter.ThresholdFilter();
                    filter.setLevel("WARN");
                    filter.start();
                    a.addFilter(filter);
                }
            });
        }
    }

    private static RollingFileAppender<ILoggingEvent> rollingFile(LoggerContext ctx, Path dir, String logFile) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %maskedMsg%n%maskedEx");
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setName(APPENDER);
        file.setFile(logFile);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(file);
        policy.setFileNamePattern(dir.resolve("motcua-%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder);
        file.start();
        return file;
    }
}
