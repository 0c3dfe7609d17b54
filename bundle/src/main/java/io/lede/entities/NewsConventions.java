package io.lede.entities;

import io.lede.api.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Habits of news copy the corpora the tagger learnt from lack: acronyms in running text are mostly
 * organisations (WTO, FIFA, PKK), institutions go by a capitalised common noun ("il Senato"), and a
 * town's name in a match result is its club ("Lens 0 Nantes 4").
 */
final class NewsConventions {
    private static final Set<String> NOT_NAMES = Set.of("TV", "CEO", "CFO", "GDP", "AM", "PM", "OK", "AIDS", "HIV",
            "DNA", "PC", "CD", "DVD", "SMS", "VAT", "PDF", "GMT", "UTC", "CET", "FM", "ID", "IT", "NB", "PS", "RIP",
            "VIP", "USD", "EUR", "GBP", "JPY", "CHF", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII",
            "XIII", "XIV", "XV", "XX", "XXI", "TVA", "PIB", "BIP", "MWST", "SUV", "LED", "GPS", "CO", "KO",
            "MP", "MPS", "PR", "HR", "IQ", "USB", "WIFI", "AI", "IA", "KI", "PDG", "DG", "AG", "SA", "SPA",
            "GMBH", "LTD", "INC", "PLC", "NV", "BV", "AB", "UE", "EE", "ETC", "NO", "NON", "SI", "OUI", "YES", "ONU");

    private NewsConventions() {
    }

    /** An uncovered acronym of 2 to 6 capitals in a mixed-case sentence. */
    static boolean isOrganisationAcronym(TaggerInput input, int i) {
        String w = input.words[i];
        int letters = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isUpperCase(c)) {
                letters++;
            } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
                return false;
            }
        }
        return letters >= 2 && letters <= 6 && Character.isUpperCase(w.charAt(0)) && !input.upperCaseLine[i]
                && !input.functionWord[i] && !NOT_NAMES.contains(w.replace(".", ""));
    }

    /**
     * "il Governo", "the Senate": a capitalised institution word inside a sentence names that institution.
     * Not in German, which capitalises every noun.
     */
    static boolean isInstitution(TaggerInput input, int i, String language) {
        return !"de".equals(language) && "institution".equals(input.cues[i]) && !input.sentenceStart[i]
                && WordShape.isCapitalised(input.words[i]) && !input.upperCaseLine[i];
    }

    /**
     * "Homestake Mining Co", "Santa Fe Pacific Gold Corp", "British Airways": capitalised words ending in
     * an organisation word; or starting with one: "Banca d'Italia", "Ministry of Defence". Returns the end of the longest such name starting at i, or i. Not in German,
     * whose capitalised nouns would run into the name.
     */
    static int organisationNameEnd(TaggerInput input, int i, String language) {
        if ("de".equals(language) || !isNameToken(input, i) || i > 0 && isNameToken(input, i - 1) && !input.sentenceStart[i]) {
            return i;
        }
        int best = i;
        boolean headFirst = input.cues[i] != null && (input.cues[i].equals("org") || input.cues[i].equals("institution"))
                && i + 1 < input.size && ORG_PARTICLES.contains(input.lower[i + 1]);
        for (int k = i + 1; k < input.size && k < i + 6; k++) {
            boolean particle = ORG_PARTICLES.contains(input.lower[k]) && k + 1 < input.size
                    && isNameToken(input, k + 1);
            if (!particle && !isNameToken(input, k)) {
                break;
            }
            if ("org".equals(input.cues[k]) && WordShape.isCapitalised(input.words[k])
                    || headFirst && !particle) {
                best = k + 1;
            }
        }
        return best;
    }

    private static final Set<String> ORG_PARTICLES = Set.of("of", "for", "&", "and", "de", "la", "l'", "d'", "der",
            "des", "du", "für", "di", "del", "della", "dei", "degli", "delle", "dell'", "dello", "do", "da", "dos",
            "das", "e", "y", "et");

    private static boolean isNameToken(TaggerInput input, int i) {
        return WordShape.isCapitalised(input.words[i]) && !input.functionWord[i];
    }

    /**
     * "SV 98", "TV Gelnhausen", "FC Barcelona": a club prefix and the capitalised words or number after it.
     * Returns the end of the club's name, or i when there is none.
     */
    static int clubNameEnd(TaggerInput input, int i) {
        if (!"club".equals(input.cues[i]) || !WordShape.isAllCaps(input.words[i]) && !input.words[i].startsWith("Vf")) {
            return i;
        }
        int end = i + 1;
        while (end < input.size && end < i + 4 && (WordShape.isCapitalised(input.words[end])
                || Character.isDigit(input.words[end].charAt(0))) && !input.functionWord[end]
                && !input.sentenceStart[end]) {
            end++;
        }
        return end;
    }

    /**
     * French names teams after their town: "les Flyers de Philadelphie", "les Canadiens de Montréal".
     * Returns where the team's name starts before the place at placeStart, or -1.
     */
    static int teamOfPlace(TaggerInput input, int placeStart, boolean[] covered, String language) {
        if (!"fr".equals(language)) {
            return -1;
        }
        int k = placeStart - 1;
        if (k >= 0 && (input.lower[k].equals("la") || input.lower[k].equals("l'"))) {
            k--;
        }
        if (k < 1 || !input.lower[k].equals("de")) {
            return -1;
        }
        int start = k;
        while (start - 1 >= 0 && !covered[start - 1] && WordShape.isCapitalised(input.words[start - 1])
                && !input.sentenceStart[start - 1]) {
            start--;
        }
        boolean team = start < k && start > 0 && (input.lower[start - 1].equals("les")
                || input.lower[start - 1].equals("des") || input.lower[start - 1].equals("aux"));
        return team ? start : -1;
    }

    /** A place name between scores, or opening a result line, names a club. */
    static EntityType typeInResult(EntityType type, KbEntry entry, List<Token> tokens, int start, int end) {
        if (type != EntityType.LOCATION || entry != null && entry.rank() <= NameFinder.COUNTRY_RANK) {
            return type;
        }
        boolean scoreAfter = end < tokens.size() && isScore(tokens.get(end).text());
        boolean scoreOrLineBefore = tokens.get(start).sentenceStart() || start > 0
                && (isScore(tokens.get(start - 1).text()) || tokens.get(start - 1).text().equals(")"));
        return scoreAfter && scoreOrLineBefore ? EntityType.ORGANIZATION : type;
    }

    private static boolean isScore(String token) {
        if (token.isEmpty() || token.length() > 3) {
            return false;
        }
        for (int k = 0; k < token.length(); k++) {
            if (!Character.isDigit(token.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
