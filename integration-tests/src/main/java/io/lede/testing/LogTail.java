package io.lede.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a log file, for failure messages. */
final class LogTail {
    private LogTail() {
    }

    static String of(Path log, int lines) {
        if (!Files.exists(log)) {
            return "(no log at " + log + ")";
        }
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "--- last " + lines + " lines of " + log + " ---\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }
}
