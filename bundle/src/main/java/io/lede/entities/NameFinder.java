package io.lede.entities;

import io.lede.api.EntityType;
import java.util.ArrayList;
import java.util.List;

/** Finds names in one text: the tagger proposes spans and types, the gazetteer links them and adds what it is sure of. */
final class NameFinder {
    /** Gazetteer entries at most this rank are trusted even where the tagger saw no name. */
    static final int TRUSTED_RANK = 2;
    /**
     * The corpora the tagger learnt from (web text, old newspapers) leave more names out than news does.
     * Tuned on development data. German capitalises every noun: there the tagger is made more cautious.
     */
    private static final float OUTSIDE_PENALTY = 8f;
    private static final float GERMAN_OUTSIDE_PENALTY = -3f;
    private static final java.util.Set<String> PERSON_PARTICLES = java.util.Set.of("de", "du", "des", "d'", "la", "le",
            "von", "van", "der", "den", "zu", "del", "della", "di", "da", "dal", "dello", "dell'", "dos", "das", "do",
            "ter", "te", "bin", "ibn", "ben", "el", "y", "-", "'");
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "du", "des", "d'", "la", "le",
            "les", "l'", "von", "van", "der", "den", "zu", "vom", "zum", "zur", "am", "im", "of", "the", "and", "for",
            "on", "upon", "del", "della", "delle", "dei", "degli", "di", "da", "dal", "dello", "dell'", "y", "e", "et",
            "dos", "das", "do", "el", "al", "bin", "ibn", "ben", "ter", "te", "und", "&", "-", "'", "sur", "en",
            "à", "a", "au", "aux", "in", "per", "für");
    /** Curated and newsroom entries: their multi-word names win over the tagger's reading. */
    static final int CURATED_RANK = 0;
    /** Curated entries and countries; capitals and cities rank after them. */
    static final int COUNTRY_RANK = 1;
    /** Places of a million people or more: one word naming one of them is not a person. */
    static final int CITY_RANK = 3;

    private final EntityModels models;

    NameFinder(EntityModels models) {
        this.models = models;
    }

    /** The names of one field, with what later steps need to find more mentions of them. */
    record FieldScan(String field, String text, List<Token> tokens, String[] keys, String[] cues, boolean[] covered,
                     List<FoundName> names) {
    }

    FieldScan find(String field, String text, String language) {
        List<Token> tokens = Tokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return new FieldScan(field, text, tokens, new String[0], new String[0], new boolean[0], new ArrayList<>());
        }
        Gazetteer gazetteer = models.knowledgeBase.gazetteer();
        String[] keys = Gazetteer.keys(tokens);
        List<Gazetteer.Match> matches = gazetteer.find(tokens, keys);
        TaggerInput input = new TaggerInput(tokens, models.lexicon, Gazetteer.tags(matches, tokens.size()));
        int[] tags = models.tagger.tag(input, "de".equals(language) ? GERMAN_OUTSIDE_PENALTY : OUTSIDE_PENALTY);

        List<FoundName> found = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        for (Gazetteer.Match m : matches) {
            if (m.end() - m.start() > 1 && (m.best().rank() <= CURATED_RANK || isKnownPersonName(m, tokens))) {
                found.add(name(field, text, tokens, m.start(), m.end(), m.best().type(), m.best()));
                for (int k = m.start(); k < m.end(); k++) {
                    covered[k] = true;
                }
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            int end = NewsConventions.organisationNameEnd(input, i, language);
            if (end > i + 1 && isFree(covered, i, end) && gazetteer.lookup(tokens, i, end).isEmpty()) {
                found.add(name(field, text, tokens, i, end, EntityType.ORGANIZATION, null));
                for (int k = i; k < end; k++) {
                    covered[k] = true;
                }
                i = end - 1;
            }
        }
        if ("de".equals(language)) {
            for (int i = 0; i < tokens.size(); i++) {
                int end = GermanStreets.nameEnd(input, i);
                if (end > i && isFree(covered, i, end)) {
                    found.add(name(field, text, tokens, i, end, EntityType.LOCATION, null));
                    for (int k = i; k < end; k++) {
                        covered[k] = true;
                    }
                    i = end - 1;
                }
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            int end = NewsConventions.clubNameEnd(input, i);
            if (end > i + 1 && isFree(covered, i, end)) {
                found.add(name(field, text, tokens, i, end, EntityType.ORGANIZATION, null));
                for (int k = i; k < end; k++) {
                    covered[k] = true;
                }
            }
        }
        for (int i = 0; i < tags.length; ) {
            if (tags[i] == 0) {
                i++;
                continue;
            }
            int end = i + 1;
            int inside = NameTagger.isInside(tags[i]) ? tags[i] : tags[i] + 1;
            while (end < tags.length && tags[end] == inside && !breaksName(tokens, end)
                    && !lineBreakBefore(text, tokens, end)) {
                end++;
            }
            EntityType type = typeOf(NameTagger.TAGS.get(tags[i]));
            int start = i;
            i = end;
            while (i < tags.length && tags[i] == inside) {
                i++;
            }
            while (start < end && !isNameWord(tokens.get(start))) {
                start++;
            }
            while (end > start && !isNameWord(tokens.get(end - 1))) {
                end--;
            }
            if (type == EntityType.LOCATION && start < end) {
                int team = NewsConventions.teamOfPlace(input, start, covered, language);
                if (team >= 0) {
                    start = team;
                    type = EntityType.ORGANIZATION;
                } else if (end < tokens.size() && isClubWord(input, end)) {
                    end++;
                    type = EntityType.ORGANIZATION;
                } else if (start > 0 && !covered[start - 1] && isClubWord(input, start - 1)) {
                    start--;
                    type = EntityType.ORGANIZATION;
                }
                i = Math.max(i, end);
            }
            if (type == null || !isFree(covered, start, end)
                    || "de".equals(language) && GermanStreets.isCommonNoun(input, start, end)
                    || "de".equals(language) && end == start + 1 && models.lexicon.isGermanNoun(input.lower[start])
                    && gazetteer.lookup(tokens, start, end).isEmpty()
                    || start < end && "demonym".equals(input.cues[end - 1])
                    || isLoneSentenceOpener(input, start, end) && gazetteer.lookup(tokens, start, end).isEmpty()) {
                continue;
            }
            int dash = datelineDash(tokens, start, end);
            if (dash > start && hasPlace(gazetteer.lookup(tokens, start, dash))) {
                // "Ginebra - Delegaciones de Rusia": a dateline, then the story; the rest is read again below
                end = dash;
                type = EntityType.LOCATION;
            }
            int person = personInside(input, start, end);
            if (person > start) {
                if (type != EntityType.PERSON && !onlyCueWords(input, start, person)) {
                    found.add(resolve(field, text, tokens, start, person, type, gazetteer.lookup(tokens, start, person)));
                }
                start = person;
                type = EntityType.PERSON;
            }
            if (type == EntityType.PERSON) {
                int and = conjunction(tokens, start, end);
                if (and > start) {
                    // "Putin y Zelenski", "Merkel und Macron": two people, not one
                    for (int k = start; k < and; k++) {
                        covered[k] = true;
                    }
                    found.add(resolve(field, text, tokens, start, and, type, gazetteer.lookup(tokens, start, and)));
                    start = and + 1;
                }
                end = personNameEnd(input, start, end);
                if (end == start + 1 && input.firstName[start] && isSurnameAfter(input, end, covered)) {
                    end++;
                    i = Math.max(i, end);
                }
            }
            for (int k = start; k < end; k++) {
                covered[k] = true;
            }
            if (start < end) {
                found.add(resolve(field, text, tokens, start, end, type, gazetteer.lookup(tokens, start, end)));
            }
        }
        for (Gazetteer.Match m : matches) {
            if (isFree(covered, m) && isTrusted(m, tokens, input)) {
                found.add(name(field, text, tokens, m.start(), m.end(), m.best().type(), m.best()));
                for (int k = m.start(); k < m.end(); k++) {
                    covered[k] = true;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!covered[i] && (NewsConventions.isOrganisationAcronym(input, i)
                    || NewsConventions.isInstitution(input, i, language))) {
                covered[i] = true;
                found.add(name(field, text, tokens, i, i + 1, EntityType.ORGANIZATION, null));
            }
        }
        if ("it".equals(language)) {
            found.replaceAll(n -> withAdjective(n, field, text, tokens, input, covered));
        }
        return new FieldScan(field, text, tokens, keys, input.cues, covered, found);
    }

    private static final java.util.regex.Pattern ADJECTIVE_ENDING =
            java.util.regex.Pattern.compile(".{3,}(an[oaie]|es[ei]|ic[oa]|ich[ei]|e[oa]|e[ie]|al[ei]|ol[ei])");

    /**
     * "il Governo italiano", "la Procura siciliana": in Italian an institution's name takes the adjective
     * after it (nationality, region, "regionale", "cattolica").
     */
    private static FoundName withAdjective(FoundName n, String field, String text, List<Token> tokens,
                                           TaggerInput input, boolean[] covered) {
        if (n.type() != EntityType.ORGANIZATION || n.entry() != null && n.tokenCount() > 1) {
            return n;
        }
        int last = tokenEndingAt(tokens, n.end());
        int next = last + 1;
        if (last < 0 || next >= tokens.size() || covered[next] || input.cues[last] == null
                || !"institution".equals(input.cues[last]) && !"org".equals(input.cues[last])
                || input.functionWord[next] || input.gazetteer[next] != null
                || !ADJECTIVE_ENDING.matcher(input.lower[next]).matches()
                || tokens.get(last).end() == tokens.get(next).start()) {
            return n;
        }
        covered[next] = true;
        return name(field, text, tokens, last - n.tokenCount() + 1, next + 1, EntityType.ORGANIZATION, null);
    }

    private static int tokenEndingAt(List<Token> tokens, int end) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int e = tokens.get(mid).end();
            if (e == end) {
                return mid;
            } else if (e < end) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /**
     * "Matteo Renzi": a person's full name from the knowledge base, every word capitalised, is that person
     * even where the tagger read part of it as an organisation.
     */
    private static boolean isKnownPersonName(Gazetteer.Match m, List<Token> tokens) {
        if (m.best().type() != EntityType.PERSON) {
            return false;
        }
        for (int k = m.start(); k < m.end(); k++) {
            if (!tokens.get(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("y", "e", "et", "and", "und", "&",
            "en", "ed", "o", "ou", "or", "oder");
    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "–", "—");

    /** The index of a conjunction between two capitalised words inside a person's span, or -1. */
    private static int conjunction(List<Token> tokens, int start, int end) {
        for (int k = start + 1; k + 1 < end; k++) {
            if (CONJUNCTIONS.contains(tokens.get(k).text()) && tokens.get(k + 1).isCapitalised()) {
                return k;
            }
        }
        return -1;
    }

    /** The index of a dash with spaces on both sides inside a span (a dateline's separator), or -1. */
    private static int datelineDash(List<Token> tokens, int start, int end) {
        for (int k = start + 1; k + 1 < end; k++) {
            if (DASHES.contains(tokens.get(k).text()) && tokens.get(k - 1).end() < tokens.get(k).start()
                    && tokens.get(k).end() < tokens.get(k + 1).start()) {
                return k;
            }
        }
        return -1;
    }

    private static boolean hasPlace(List<KbEntry> entries) {
        return entries.stream().anyMatch(e -> e.type() == EntityType.LOCATION);
    }

    private static boolean isFree(boolean[] covered, Gazetteer.Match m) {
        return isFree(covered, m.start(), m.end());
    }

    private static boolean isFree(boolean[] covered, int start, int end) {
        for (int k = start; k < end; k++) {
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

    /**
     * "Presidente della Repubblica Giorgio Napolitano" read as one name: a first name after a title or an
     * institution starts a person's name, and so does one in "ministro della [Difesa Roberta Pinotti]" after
     * a title and a preposition. Returns where, or -1.
     */
    private static int personInside(TaggerInput input, int start, int end) {
        boolean afterTitle = start >= 2 && "title".equals(input.cues[start - 2]) && input.functionWord[start - 1];
        for (int k = start + 1; k < end - 1; k++) {
            if (input.firstName[k] && !input.firstName[k - 1] && (input.cues[k - 1] != null || afterTitle)
                    && WordShape.isCapitalised(input.words[k + 1])) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Nessuno", "Aggiungono", "Ridotto" opening a sentence: one capitalised word there, never capitalised
     * inside a sentence of the article, no known first name and no knowledge-base name, is most often a
     * common word. A name written again inside a sentence is found there and propagated back.
     */
    private static boolean isLoneSentenceOpener(TaggerInput input, int start, int end) {
        return end == start + 1 && input.sentenceStart[start] && !input.seenCapitalisedInside[start]
                && !input.firstName[start] && !input.upperCaseLine[start]
                && !WordShape.isAllCaps(input.words[start]);
    }

    /** "Brendan Intindola": an unknown capitalised word right after a lone first name is the surname. */
    private static boolean isSurnameAfter(TaggerInput input, int k, boolean[] covered) {
        return k < input.size && !covered[k] && WordShape.isCapitalised(input.words[k]) && !input.functionWord[k]
                && input.cues[k] == null && !input.sentenceStart[k] && input.gazetteer[k] == null;
    }

    private static boolean onlyCueWords(TaggerInput input, int start, int end) {
        for (int k = start; k < end; k++) {
            if (input.cues[k] == null && !input.functionWord[k]) {
                return false;
            }
        }
        return true;
    }

    /** A person's name holds particles such as "de" or "von", but no other lower-case word ("al Quirinale"). */
    private static int personNameEnd(TaggerInput input, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            String w = input.words[k];
            if (Character.isLowerCase(w.codePointAt(0)) && !PERSON_PARTICLES.contains(input.lower[k])) {
                return k;
            }
        }
        return end;
    }

    /** "United" in "Leicester City", "FC" in "FC Barcelona": a place name with these is a club or a firm. */
    private static boolean isClubWord(TaggerInput input, int i) {
        String w = input.words[i];
        boolean acronym = w.length() >= 2 && w.length() <= 4 && WordShape.isAllCaps(w)
                && w.chars().allMatch(Character::isLetter) && !input.functionWord[i];
        return WordShape.isCapitalised(w) && ("org".equals(input.cues[i]) || acronym);
    }

    /**
     * A lower-case word between capitalised ones, other than a particle ("de", "von", "of"), separates two
     * names ("Poutine reçoit Biden"); before more lower-case words it may belong to the name ("Ligue
     * nationale de hockey").
     */
    private static boolean breaksName(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        return Character.isLowerCase(w.codePointAt(0)) && !NAME_PARTICLES.contains(w.toLowerCase(java.util.Locale.ROOT))
                && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised();
    }

    /** A headline or a paragraph ends at a line break: "Addio a Mario Rossi\nA un mese..." holds no name "Rossi A". */
    private static boolean lineBreakBefore(String text, List<Token> tokens, int i) {
        for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start(); c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Names start and end with a capitalised word, a number or an acronym, never with punctuation. */
    private static boolean isNameWord(Token t) {
        String w = t.text();
        if (w.endsWith("'") || w.endsWith("’")) {
            return false;
        }
        int c = w.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || Character.isLetter(c) && t.text().length() > 1
                && WordShape.isAllCaps(t.text().substring(1));
    }

    /**
     * Links a tagged span to the knowledge base. The tagger's type wins, except where the knowledge base
     * knows the exact name as a prominent entry or as a multi-word name of another type.
     */
    private FoundName resolve(String field, String text, List<Token> tokens, int start, int end, EntityType type,
                              List<KbEntry> candidates) {
        KbEntry entry = link(candidates, type);
        if (entry == null && !candidates.isEmpty()) {
            KbEntry best = candidates.get(0);
            boolean single = end - start == 1;
            boolean clubOrMetonym = single && type == EntityType.ORGANIZATION && best.type() == EntityType.LOCATION;
            boolean cityNotPerson = single && type == EntityType.PERSON && best.type() == EntityType.LOCATION
                    && best.rank() <= CITY_RANK;
            if (!clubOrMetonym && (best.rank() <= TRUSTED_RANK || !single) || cityNotPerson) {
                entry = best;
                type = best.type();
            }
        }
        EntityType inResult = NewsConventions.typeInResult(type, entry, tokens, start, end);
        if (inResult != type) {
            type = inResult;
            entry = link(candidates, type);
        }
        return name(field, text, tokens, start, end, type, entry);
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

    static FoundName name(String field, String text, List<Token> tokens, int start, int end, EntityType type,
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
