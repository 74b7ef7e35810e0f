package vn.motcua.service.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * The product jar's provider (decision 0034): no Logback until an event at an enabled level, the same levels
 * meanwhile, and nothing lost when it is set up. (The tests' own logging is Logback's provider; this drives a
 * provider of its own.)
 */
class LogStartTest {
    @Test
    void logbackIsSetUpByTheFirstEventThatCounts_andThatEventReachesTheFile(@TempDir Path dir) throws Exception {
        StartLogging provider = new StartLogging();
        provider.initialize();
        Logger app = provider.getLoggerFactory().getLogger("vn.motcua.test.Start");
        Logger flyway = provider.getLoggerFactory().getLogger("org.flywaydb.core.Flyway");
        assertThat(provider.getLoggerFactory()).isNotInstanceOf(LoggerContext.class);
        // Logback's levels before any log file: the root at WARN
        assertThat(app.isWarnEnabled()).isTrue();
        assertThat(app.isInfoEnabled()).isFalse();
        app.info("dropped, as Logback drops it");

        assertThat(StartLogging.deferFiles(dir, false)).isTrue(); // a command installs its data folder's log
        assertThat(app.isInfoEnabled()).isTrue();
        assertThat(app.isDebugEnabled()).isFalse();
        assertThat(flyway.isInfoEnabled()).isFalse(); // the noisy libraries stay at WARN
        assertThat(flyway.isWarnEnabled()).isTrue();
        app.debug("below the level: still no Logback");
        assertThat(provider.getLoggerFactory()).isNotInstanceOf(LoggerContext.class);
        assertThat(dir.resolve(LogFiles.FOLDER)).doesNotExist();

        app.info("first line {}", 1, new IllegalStateException("with its cause"));
        assertThat(provider.getLoggerFactory()).isInstanceOf(LoggerContext.class);
        String log = Files.readString(dir.resolve(LogFiles.FOLDER).resolve("motcua.log"));
        assertThat(log).contains("INFO").contains("vn.motcua.test.Start - first line 1")
                .contains("IllegalStateException: with its cause").doesNotContain("dropped");
        // the placeholder now answers from Logback and writes through it
        assertThat(app.isInfoEnabled()).isTrue();
        assertThat(app.isDebugEnabled()).isFalse();
        flyway.info("not at INFO");
        flyway.warn("second line");
        log = Files.readString(dir.resolve(LogFiles.FOLDER).resolve("motcua.log"));
        assertThat(log).contains("WARN").contains("second line").doesNotContain("not at INFO");
        assertThat(StartLogging.deferFiles(dir, false)).isFalse(); // set up: LogFiles installs for itself
    }
}
