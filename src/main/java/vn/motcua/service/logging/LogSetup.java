package vn.motcua.service.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * The logging set-up of every start, in code (found by Logback through {@code META-INF/services}): warnings and
 * errors on stderr (stdout is the commands' JSON), personal data masked ({@code %maskedMsg}, {@code %maskedEx});
 * {@link LogFiles} adds the files once the data folder is known. Written in code rather than {@code logback.xml}: the
 * XML configurator brings a SAX parser and ~400 more classes into every start, the desk's first frame and
 * {@code settings list} included (issue 18). {@code -Dlogback.configurationFile=FILE} still works (e.g. a file that
 * sets {@code vn.motcua} to DEBUG to see the {@code startup:} timeline): this set-up then steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{30} - %maskedMsg%n%maskedEx";

    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        registerConverters(ctx);
        // built on the first warning: a command that logs nothing parses no pattern (issue 18)
        DeferredAppender stderr = new DeferredAppender("STDERR", "stderr", () -> {
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(ctx);
            encoder.setPattern(PATTERN);
            encoder.start();
            ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
            console.setContext(ctx);
            console.setName("STDERR");
            console.setTarget("System.err");
            console.setEncoder(encoder);
            console.start();
            return console;
        });
        stderr.setContext(ctx);
        stderr.addFilter(new FileOnly.ConsoleFilter()); // the command line says it clearly itself
        stderr.start();
        for (String quiet : StartLogging.QUIET) {
            ctx.getLogger(quiet).setLevel(Level.WARN);
        }
        ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code %maskedMsg} and {@code %maskedEx} for every pattern of this context (the console's and the files'). */
    @SuppressWarnings("unchecked")
    static void registerConverters(LoggerContext ctx) {
        Map<String, Supplier<DynamicConverter<?>>> rules =
                (Map<String, Supplier<DynamicConverter<?>>>) ctx.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        if (rules == null) {
            rules = new HashMap<>();
            ctx.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        }
        rules.put("maskedMsg", MaskingMessageConverter::new);
        rules.put("maskedEx", MaskingThrowableConverter::new);
    }
}
