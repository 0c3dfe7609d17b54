package io.lede.entities;

import io.lede.api.EntityType;
import java.util.ArrayList;
import java.util.List;

/** Finds names in one text: the tagger proposes spans and types, the gazetteer links them and adds what it is sure of. */
final class NameFinder {
    /** Gazetteer entries at most this rank are trusted even where the tagger saw no name. */
    static final int TRUSTED_RANK = 2;

    private final EntityModels models;

    NameFinder(EntityModels models) {
        this.models = models;
    }

    List<FoundName> find(String field, String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        Gazetteer gazetteer = models.knowledgeBase.gazetteer();
        String[] keys = Gazetteer.keys(tokens);
        List<Gazetteer.Match> matches = gazetteer.find(tokens, keys);
        TaggerInput input = new TaggerInput(tokens, models.lexicon, Gazetteer.tags(matches, tokens.size()));
        int[] tags = models.tagger.tag(input);

        List<FoundName> found = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        for (int i = 0; i < tags.length; ) {
            if (tags[i] == 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tags.length && NameTagger.isInside(tags[end]) && tags[end] == tags[i] + 1) {
                end++;
            }
            for (int k = i; k < end; k++) {
                covered[k] = true;
            }
            EntityType type = typeOf(NameTagger.TAGS.get(tags[i]));
            if (type != null) {
                KbEntry entry = link(gazetteer.lookup(tokens, i, end), type);
                found.add(name(field, text, tokens, i, end, type, entry));
            }
            i = end;
        }
        for (Gazetteer.Match m : matches) {
            if (isFree(covered, m) && isTrusted(m, tokens, input)) {
                found.add(name(field, text, tokens, m.start(), m.end(), m.best().type(), m.best()));
            }
        }
        return found;
    }

    private static boolean isFree(boolean[] covered, Gazetteer.Match m) {
        for (int k = m.start(); k < m.end(); k++) {
            if (covered[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTrusted(Gazetteer.Match m, List<Token> tokens, TaggerInput input) {
        if (m.best().rank() > TRUSTED_RANK) {
            return false;
        }
        int s = m.start();
        boolean single = m.end() - s == 1;
        return !(single && (input.seenLowerCase[s] || input.functionWord[s]));
    }

    /** The most prominent entry of the tagger's type; a wrong link is worse than none. */
    static KbEntry link(List<KbEntry> candidates, EntityType type) {
        for (KbEntry e : candidates) {
            if (e.type() == type) {
                return e;
            }
        }
        return null;
    }

    private static FoundName name(String field, String text, List<Token> tokens, int start, int end, EntityType type,
                                  KbEntry entry) {
        Token first = tokens.get(start);
        Token last = tokens.get(end - 1);
        String surface = text.substring(first.start(), last.end());
        return new FoundName(field, first.start(), last.end(), surface, type, entry, end - start,
                NameNormaliser.tokenKey(last.text()), surface);
    }

    static EntityType typeOf(String tag) {
        return switch (tag.substring(2)) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            default -> null;
        };
    }
}
