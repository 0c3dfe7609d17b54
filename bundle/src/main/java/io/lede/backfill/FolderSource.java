package io.lede.backfill;

import io.lede.api.Article;
import io.lede.parse.ParseException;
import io.lede.parse.ParsedDocument;
import io.lede.parse.TikaParsing;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A folder of HTML, PDF, DOCX, ODT and text files, read recursively in sorted order (one directory listing in
 * memory at a time). The document id is the file's path relative to the folder, with {@code /} separators.
 */
public final class FolderSource implements BackfillSource {
    public static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml", "pdf", "docx", "odt", "txt");

    private final Path root;
    private final TikaParsing tika;

    public FolderSource(Path root, TikaParsing tika) {
        this.root = root.toAbsolutePath().normalize();
        this.tika = tika;
    }

    @Override
    public String description() {
        return "dir:" + root;
    }

    @Override
    public ItemReader open() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder: " + root);
        }
        return new SortedWalk();
    }

    @Override
    public LoadedArticle load(BackfillItem item) throws BackfillException {
        Path file = Path.of(item.payload());
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > tika.limits().maxBytes()) {
                throw new BackfillException("file of " + size + " bytes exceeds the limit of "
                        + tika.limits().maxBytes() + " bytes", false, null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BackfillException("cannot read the file: " + e.getMessage(), false, e);
        }
        try {
            ParsedDocument parsed = tika.parse(bytes, null, file.getFileName().toString());
            Article article = parsed.toArticle(item.label(), "", "");
            return new LoadedArticle(article, LoadedArticle.versionOf(article, Files.getLastModifiedTime(file).toMillis()));
        } catch (ParseException e) {
            throw new BackfillException("cannot parse: " + e.getMessage(), false, e);
        } catch (IOException e) {
            throw new BackfillException("cannot read the file time: " + e.getMessage(), false, e);
        }
    }

    static boolean accepted(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Depth-first, each directory's entries sorted by name: the same order on every run. */
    private final class SortedWalk implements ItemReader {
        private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
        private long ordinal;

        SortedWalk() throws IOException {
            stack.push(sortedEntries(root));
        }

        @Override
        public BackfillItem next() throws IOException {
            while (!stack.isEmpty()) {
                Iterator<Path> top = stack.peek();
                if (!top.hasNext()) {
                    stack.pop();
                    continue;
                }
                Path p = top.next();
                if (Files.isDirectory(p)) {
                    if (!p.getFileName().toString().startsWith(".")) {
                        stack.push(sortedEntries(p));
                    }
                } else if (Files.isRegularFile(p) && accepted(p)) {
                    String label = root.relativize(p).toString().replace('\\', '/');
                    return new BackfillItem(ordinal++, label, p.toString());
                }
            }
            return null;
        }

        private Iterator<Path> sortedEntries(Path dir) throws IOException {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(entries::add);
            }
            entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            return entries.iterator();
        }

        @Override
        public void close() {
            stack.clear();
        }
    }
}
