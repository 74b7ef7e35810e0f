package vn.motcua.service.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogFilesTest {
    @Test
    void theLogFileIsMadeByTheFirstLine_notByInstalling(@TempDir Path dir) throws Exception {
        LogFiles.install(dir, false);
        assertThat(dir.resolve(LogFiles.FOLDER)).doesNotExist(); // nothing logged yet: no file, no rolling policy
        LoggerFactory.getLogger("test.logfiles").info("first line {}", 1);
        Path log = dir.resolve(LogFiles.FOLDER).resolve("motcua.log");
        assertThat(Files.readString(log)).contains("INFO").contains("first line 1");
        LogFiles.install(dir, false); // the same folder again: kept, not a second appender
        LoggerFactory.getLogger("test.logfiles").warn("second line");
        String text = Files.readString(log);
        assertThat(text.indexOf("second line")).isEqualTo(text.lastIndexOf("second line"));
    }
}
