package io.lede.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A token trie over normalised aliases; finds the longest known names in a token sequence. */
final class Gazetteer {
    private final Node root = new Node();

    private static final class Node {
        Map<String, Node> next;
        List<KbEntry> entries;
    }

    /** A known name found at tokens [start, end). */
    record Match(int start, int end, List<KbEntry> entries) {
        KbEntry best() {
            return entries.get(0);
        }
    }

    void add(String alias, KbEntry entry) {
        List<Token> tokens = Tokenizer.tokenize(alias);
        if (tokens.isEmpty()) {
            return;
        }
        Node node = root;
        for (Token t : tokens) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(NameNormaliser.tokenKey(t.text()), k -> new Node());
        }
        if (node.entries == null) {
            node.entries = new ArrayList<>(1);
        }
        if (!node.entries.contains(entry)) {
            node.entries.add(entry);
            node.entries.sort(Comparator.comparingInt(KbEntry::rank));
        }
    }

    void remove(KbEntry entry) {
        removeFrom(root, entry);
    }

    private static void removeFrom(Node node, KbEntry entry) {
        if (node.entries != null) {
            node.entries.remove(entry);
            if (node.entries.isEmpty()) {
                node.entries = null;
            }
        }
        if (node.next != null) {
            node.next.values().forEach(n -> removeFrom(n, entry));
        }
    }

    /** Entries whose alias is exactly tokens [start, end). */
    List<KbEntry> lookup(List<Token> tokens, int start, int end) {
        Node node = root;
        for (int i = start; i < end && node != null; i++) {
            node = node.next == null ? null : node.next.get(NameNormaliser.tokenKey(tokens.get(i).text()));
        }
        return node == null || node.entries == null ? List.of() : node.entries;
    }

    /** Longest, leftmost, non-overlapping matches that start with a capital letter or a digit. */
    List<Match> find(List<Token> tokens, String[] keys) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            int bestEnd = -1;
            List<KbEntry> best = null;
            if (first.isCapitalised() || Character.isDigit(first.text().charAt(0))) {
                Node node = root;
                for (int j = i; j < tokens.size(); j++) {
                    node = node.next == null ? null : node.next.get(keys[j]);
                    if (node == null) {
                        break;
                    }
                    if (node.entries != null && lastIsName(tokens.get(j))) {
                        bestEnd = j + 1;
                        best = node.entries;
                    }
                }
            }
            if (best != null) {
                matches.add(new Match(i, bestEnd, best));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return matches;
    }

    private static boolean lastIsName(Token t) {
        return !Character.isLowerCase(t.text().charAt(0)) || t.text().length() > 3;
    }

    static String[] keys(List<Token> tokens) {
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = NameNormaliser.tokenKey(tokens.get(i).text());
        }
        return keys;
    }

    /** Tags for the tagger's gazetteer feature: S-/B-/I- plus the best entry's type. */
    static String[] tags(List<Match> matches, int size) {
        String[] tags = new String[size];
        for (Match m : matches) {
            String type = m.best().type().key();
            if (m.end() - m.start() == 1) {
                tags[m.start()] = "S-" + type;
            } else {
                for (int k = m.start(); k < m.end(); k++) {
                    tags[k] = (k == m.start() ? "B-" : "I-") + type;
                }
            }
        }
        return tags;
    }
}
