package io.lede.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses ZIP containers (DOCX, ODT) whose entries declare an expansion no article needs, before any entry is
 * inflated. Entries that lie about their size are stopped later by the character limit.
 */
final class ZipBombCheck {
    /** Ratios above this, for entries over {@link #GRACE_BYTES}, are not found in real documents. */
    static final long MAX_RATIO = 100;
    static final long GRACE_BYTES = 1024 * 1024;

    private ZipBombCheck() {
    }

    /**
     * @param maxExpandedBytes the most all entries together may expand to
     * @throws ParseException naming the entry and the sizes when the container looks like a zip bomb
     */
    static void check(Path zip, long maxExpandedBytes) throws ParseException {
        long total = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                long size = e.getSize();
                long compressed = Math.max(1, e.getCompressedSize());
                if (size > GRACE_BYTES && size / compressed > MAX_RATIO) {
                    throw new ParseException("suspected zip bomb: " + e.getName() + " expands from " + compressed
                            + " to " + size + " bytes");
                }
                total += Math.max(0, size);
                if (total > maxExpandedBytes) {
                    throw new ParseException("suspected zip bomb: the entries expand to more than " + maxExpandedBytes
                            + " bytes");
                }
            }
        } catch (IOException e) {
            // not a readable ZIP: the parser reports what is wrong with it
        }
    }
}
