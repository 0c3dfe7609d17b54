package io.lede.backfill;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Non-blank lines of a UTF-8 file as items labelled "line N" (1-based line numbers). */
final class LineReader implements ItemReader {
    private final BufferedReader reader;
    private final boolean labelIsLine;
    private long lineNo;
    private long ordinal;

    /** @param labelIsLine whether the label is the line itself (a path list) instead of "line N" */
    LineReader(Path file, boolean labelIsLine) throws IOException {
        this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        this.labelIsLine = labelIsLine;
    }

    @Override
    public BackfillItem next() throws IOException {
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || (labelIsLine && trimmed.startsWith("#"))) {
                continue;
            }
            return new BackfillItem(ordinal++, labelIsLine ? trimmed : "line " + lineNo, trimmed);
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
