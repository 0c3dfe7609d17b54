package io.lede.entities;

import io.lede.api.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * People, organisations and places with their names in several languages, searchable by alias.
 * Stored as tab-separated lines: qid, type, rank, name, labels ({@code lang=label|…}), aliases ({@code a|b|…}).
 */
public final class KnowledgeBase {
    private final List<KbEntry> entries = new ArrayList<>();
    private final Gazetteer gazetteer = new Gazetteer();

    public void add(KbEntry entry) {
        entries.add(entry);
        for (String alias : entry.aliases()) {
            gazetteer.add(alias, entry);
        }
    }

    public void remove(KbEntry entry) {
        entries.remove(entry);
        gazetteer.remove(entry);
    }

    public List<KbEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Entries named exactly so (after normalisation), most prominent first. */
    public List<KbEntry> lookup(String name) {
        List<Token> tokens = Tokenizer.tokenize(name);
        return gazetteer.lookup(tokens, 0, tokens.size());
    }

    public static KnowledgeBase read(InputStream in) throws IOException {
        KnowledgeBase kb = new KnowledgeBase();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        for (String line; (line = reader.readLine()) != null; ) {
            if (!line.isEmpty() && line.charAt(0) != '#') {
                kb.add(parse(line));
            }
        }
        return kb;
    }

    static KbEntry parse(String line) {
        String[] f = line.split("\t", -1);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String pair : split(f[4])) {
            int eq = pair.indexOf('=');
            labels.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return new KbEntry(f[0], EntityType.valueOf(f[1].toUpperCase(Locale.ROOT)), Integer.parseInt(f[2]), f[3],
                labels, split(f[5]));
    }

    public static void write(KbEntry e, Writer out) throws IOException {
        StringBuilder labels = new StringBuilder();
        e.labels().forEach((lang, label) -> labels.append(labels.length() > 0 ? "|" : "").append(lang).append('=')
                .append(clean(label)));
        List<String> aliases = new ArrayList<>();
        e.aliases().forEach(a -> aliases.add(clean(a)));
        out.write(String.join("\t", e.qid(), e.type().key(), Integer.toString(e.rank()), clean(e.name()),
                labels, String.join("|", aliases)));
        out.write('\n');
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('|', ' ').replace('\n', ' ').strip();
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        if (field.isEmpty()) {
            return out;
        }
        int from = 0;
        for (int i = field.indexOf('|'); i >= 0; i = field.indexOf('|', from)) {
            out.add(field.substring(from, i));
            from = i + 1;
        }
        out.add(field.substring(from));
        return out;
    }
}
