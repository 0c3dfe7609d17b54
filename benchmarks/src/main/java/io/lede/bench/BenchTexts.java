package io.lede.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * News prose written for the benchmarks, one resource per language ({@code texts/<lang>.txt}): a headline on the
 * first line, a sentence on the second, then paragraphs separated by blank lines. Longer texts repeat the
 * paragraphs and are cut at a word boundary to the requested size in UTF-8 bytes.
 */
public final class BenchTexts {
    public static final String[] LANGUAGES = {"fr", "en", "de", "es", "it"};

    private final String headline;
    private final String sentence;
    private final List<String> paragraphs;

    private BenchTexts(String headline, String sentence, List<String> paragraphs) {
        this.headline = headline;
        this.sentence = sentence;
        this.paragraphs = paragraphs;
    }

    public static BenchTexts of(String language) {
        String resource = "texts/" + language + ".txt";
        try (InputStream in = BenchTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no benchmark text for " + language);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static BenchTexts parse(String content) {
        String[] lines = content.split("\n", 3);
        List<String> paragraphs = new ArrayList<>();
        for (String block : lines[2].split("\n\\s*\n")) {
            if (!block.isBlank()) {
                paragraphs.add(block.strip());
            }
        }
        return new BenchTexts(lines[0].strip(), lines[1].strip(), List.copyOf(paragraphs));
    }

    public String headline() {
        return headline;
    }

    public String sentence() {
        return sentence;
    }

    /** Paragraphs separated by blank lines, repeated as needed, of at most {@code bytes} UTF-8 bytes. */
    public String body(int bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; utf8Length(text) < bytes; i++) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(paragraphs.get(i % paragraphs.size()));
        }
        return cutAtWord(text.toString(), bytes);
    }

    public List<String> paragraphs() {
        return paragraphs;
    }

    private static String cutAtWord(String text, int bytes) {
        int end = text.length();
        while (utf8Length(text.substring(0, end)) > bytes) {
            int space = text.lastIndexOf(' ', end - 1);
            end = space > 0 ? space : end - 1;
        }
        return text.substring(0, end);
    }

    static int utf8Length(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
