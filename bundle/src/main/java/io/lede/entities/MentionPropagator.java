package io.lede.entities;

import io.lede.api.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Once a name is recognised somewhere in an article, its other occurrences are mentions too, and so is
 * a person's surname alone ("McCurry" after "Mike McCurry").
 */
final class MentionPropagator {
    private static final int LONGEST = 8;

    void propagate(List<NameFinder.FieldScan> scans, String language) {
        boolean nounsCapitalised = "de".equals(language);
        joinFirstNames(scans);
        Map<String, FoundName> known = new HashMap<>();
        for (NameFinder.FieldScan scan : scans) {
            for (FoundName n : scan.names()) {
                known.putIfAbsent(key(n.surface()), n);
            }
        }
        for (NameFinder.FieldScan scan : scans) {
            for (FoundName n : scan.names()) {
                if (n.type() == EntityType.PERSON && n.tokenCount() >= 2 && n.lastWord().length() > 2) {
                    known.putIfAbsent(n.lastWord(), n);
                }
            }
        }
        Map<String, FoundName> shortForms = organisationShortForms(scans);
        shortForms.forEach(known::putIfAbsent);
        for (NameFinder.FieldScan scan : scans) {
            scan.names().replaceAll(n -> {
                boolean minorPlace = n.entry() == null || n.entry().type() == EntityType.LOCATION
                        && n.entry().rank() > NameFinder.CITY_RANK;
                FoundName full = minorPlace ? shortForms.get(key(n.surface())) : null;
                return full == null ? n : new FoundName(n.field(), n.start(), n.end(), n.surface(),
                        EntityType.ORGANIZATION, full.entry(), n.tokenCount(), n.lastWord(), full.canonical());
            });
        }
        if (known.isEmpty()) {
            return;
        }
        Set<String> prefixes = wordPrefixes(known.keySet());
        for (NameFinder.FieldScan scan : scans) {
            addMentions(scan, known, prefixes, nounsCapitalised);
        }
    }

    /** Every known key cut after each of its words ("a", "a b", "a b c"): no longer key starts otherwise. */
    private static Set<String> wordPrefixes(Set<String> keys) {
        Set<String> prefixes = new HashSet<>();
        for (String key : keys) {
            for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
                prefixes.add(key.substring(0, space));
            }
            prefixes.add(key);
        }
        return prefixes;
    }

    private static void addMentions(NameFinder.FieldScan scan, Map<String, FoundName> known, Set<String> prefixes,
                                    boolean nounsCapitalised) {
        List<Token> tokens = scan.tokens();
        List<FoundName> added = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (scan.covered()[i] || !tokens.get(i).isCapitalised() || !nounsCapitalised && continuesName(tokens, i)) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            int bestEnd = -1;
            FoundName template = null;
            for (int j = i; j < Math.min(tokens.size(), i + LONGEST) && !scan.covered()[j]; j++) {
                if (j > i) {
                    key.append(' ');
                }
                key.append(scan.keys()[j]);
                String candidate = key.toString();
                if (!prefixes.contains(candidate)) {
                    break;
                }
                FoundName t = known.get(candidate);
                if (t != null && tokens.get(j).isCapitalised()) {
                    bestEnd = j + 1;
                    template = t;
                }
            }
            if (template == null || bestEnd < tokens.size() && tokens.get(bestEnd).isCapitalised()) {
                continue;
            }
            FoundName n = NameFinder.name(scan.field(), scan.text(), tokens, i, bestEnd, template.type(),
                    template.entry());
            added.add(new FoundName(n.field(), n.start(), n.end(), n.surface(), template.type(), template.entry(),
                    n.tokenCount(), n.lastWord(), template.canonical()));
            for (int k = i; k < bestEnd; k++) {
                scan.covered()[k] = true;
            }
            i = bestEnd - 1;
        }
        scan.names().addAll(added);
    }

    /**
     * "Paris Hilton" where the tagger saw the city "Paris" and an unknown word: if "Hilton" is a person
     * elsewhere in the article, the two words are that person's name.
     */
    private static void joinFirstNames(List<NameFinder.FieldScan> scans) {
        Map<String, FoundName> surnames = new HashMap<>();
        for (NameFinder.FieldScan scan : scans) {
            for (FoundName n : scan.names()) {
                if (n.type() == EntityType.PERSON && n.tokenCount() == 1) {
                    surnames.putIfAbsent(n.lastWord(), n);
                }
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        for (NameFinder.FieldScan scan : scans) {
            List<FoundName> names = scan.names();
            for (int k = 0; k < names.size(); k++) {
                FoundName n = names.get(k);
                if (n.type() == EntityType.PERSON || n.tokenCount() != 1) {
                    continue;
                }
                int i = tokenAt(scan.tokens(), n.start());
                if (i < 0 || i + 1 >= scan.tokens().size() || scan.covered()[i + 1]) {
                    continue;
                }
                Token next = scan.tokens().get(i + 1);
                if (next.isCapitalised() && surnames.containsKey(scan.keys()[i + 1])) {
                    scan.covered()[i + 1] = true;
                    names.set(k, NameFinder.name(scan.field(), scan.text(), scan.tokens(), i, i + 2,
                            EntityType.PERSON, null));
                }
            }
        }
    }

    /**
     * "Newmont" and "Newmont Mining" after "Newmont Mining Corp", "Santa Fe" after "Santa Fe Pacific Gold
     * Corp": a company's name shortened, without its legal form.
     */
    private static Map<String, FoundName> organisationShortForms(List<NameFinder.FieldScan> scans) {
        Map<String, FoundName> out = new HashMap<>();
        for (NameFinder.FieldScan scan : scans) {
            for (FoundName n : scan.names()) {
                if (n.type() != EntityType.ORGANIZATION || n.tokenCount() < 2) {
                    continue;
                }
                int start = tokenAt(scan.tokens(), n.start());
                int end = start + n.tokenCount();
                if (start < 0 || end > scan.tokens().size()) {
                    continue;
                }
                int cut = end;
                while (cut > start + 1 && "org".equals(scan.cues()[cut - 1])) {
                    cut--;
                }
                if (cut == end) {
                    continue;
                }
                for (int k = cut; k > start + 1; k--) {
                    out.putIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(scan.keys(), start, k)), n);
                }
                if (cut - start >= 2 && scan.keys()[start].length() > 3) {
                    out.putIfAbsent(scan.keys()[start], n);
                }
            }
        }
        return out;
    }

    private static int tokenAt(List<Token> tokens, int start) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == start) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "Cup" in "World Cup" is not the "Cup" of another name: a word inside a longer capitalised run
     * (except in German, where the word before may be any noun).
     */
    private static boolean continuesName(List<Token> tokens, int i) {
        return i > 0 && !tokens.get(i).sentenceStart() && tokens.get(i - 1).isCapitalised()
                && !tokens.get(i - 1).sentenceStart();
    }

    static String key(String surface) {
        return String.join(" ", Gazetteer.keys(Tokenizer.tokenize(surface)));
    }
}
