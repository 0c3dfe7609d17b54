package io.lede.entities;

import java.util.List;
import java.util.Set;

/**
 * German street names: "Frankfurter Straße", "Oeder Weg", "Falterstraße", "Rittergasse" name places, while
 * "die Straße" or "die Landstraße" alone are common nouns that German capitalises like names.
 */
final class GermanStreets {
    /** Words that end a street's name when a place adjective ("Frankfurter") comes before them. */
    private static final Set<String> STREET_WORDS = Set.of("straße", "strasse", "weg", "allee", "gasse", "platz",
            "ring", "chaussee", "damm", "ufer", "landstraße", "landstrasse", "steinweg");
    /** Endings of one-word street names ("Falterstraße"). */
    private static final List<String> STREET_ENDINGS = List.of("straße", "strasse", "gasse", "allee");
    /** Compounds with these endings that are common nouns, not streets. */
    private static final Set<String> COMMON = Set.of("landstraße", "landstrasse", "bundesstraße", "bundesstrasse",
            "spielstraße", "spielstrasse", "hauptstraße", "seitenstraße", "einbahnstraße", "umgehungsstraße",
            "durchgangsstraße", "ortsdurchfahrt", "sackgasse", "autostraße", "kreisstraße", "querstraße",
            "nebenstraße", "fahrstraße", "straße", "strasse", "gasse", "allee");

    private GermanStreets() {
    }

    /** End of a street's name starting at i ("Frankfurter Straße", "Falterstraße"), or i when none starts there. */
    static int nameEnd(TaggerInput input, int i) {
        String w = input.lower[i];
        if (!WordShape.isCapitalised(input.words[i]) || input.upperCaseLine[i]) {
            return i;
        }
        if (i + 1 < input.size && w.length() > 4 && w.endsWith("er") && !input.functionWord[i]
                && STREET_WORDS.contains(input.lower[i + 1]) && WordShape.isCapitalised(input.words[i + 1])) {
            return i + 2;
        }
        if (w.length() >= 9 && !COMMON.contains(w) && !input.sentenceStart[i]) {
            for (String ending : STREET_ENDINGS) {
                if (w.endsWith(ending)) {
                    return i + 1;
                }
            }
        }
        return i;
    }

    /** "Straße", "Landstraße": a common noun the tagger must not read as a name on its own. */
    static boolean isCommonNoun(TaggerInput input, int start, int end) {
        return end == start + 1 && COMMON.contains(input.lower[start]);
    }
}
