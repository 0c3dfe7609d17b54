package io.lede.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.api.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsConventionsTest {
    private static final Lexicon LEXICON = new Lexicon(Set.of("the", "a", "of", "il", "la"), Set.of("john"),
            Map.of("corp", "org", "bank", "org", "senato", "institution", "fc", "club", "sv", "club"));

    private static TaggerInput input(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return new TaggerInput(tokens, LEXICON, new String[tokens.size()]);
    }

    @Test
    void acronymsInMixedCaseTextAreOrganisations() {
        TaggerInput in = input("Talks with the WTO and the CEO of FIFA stalled.");
        assertTrue(NewsConventions.isOrganisationAcronym(in, 3), "WTO");
        assertFalse(NewsConventions.isOrganisationAcronym(in, 6), "CEO is not a name");
        assertFalse(NewsConventions.isOrganisationAcronym(input("TALKS WITH THE WTO STALLED"), 3),
                "a line in capitals says nothing");
    }

    @Test
    void organisationNamesEndOrStartWithAnOrganisationWord() {
        TaggerInput in = input("Shares of Santa Fe Pacific Gold Corp rose, the Bank of England said.");
        assertEquals(7, NewsConventions.organisationNameEnd(in, 2, "en"));
        assertEquals(13, NewsConventions.organisationNameEnd(in, 10, "en"));
        assertEquals(2, NewsConventions.organisationNameEnd(in, 2, "de"), "German capitalises all nouns");
    }

    @Test
    void institutionsClubsAndMatchResults() {
        TaggerInput senate = input("Il voto al Senato è previsto.");
        assertTrue(NewsConventions.isInstitution(senate, 3, "it"));
        TaggerInput club = input("Gestern verlor SV Darmstadt 98 knapp.");
        assertEquals(5, NewsConventions.clubNameEnd(club, 2));
        List<Token> result = Tokenizer.tokenize("Results:\nLens 0 Nantes 4");
        assertEquals(EntityType.ORGANIZATION, NewsConventions.typeInResult(EntityType.LOCATION, null, result, 4, 5));
        assertEquals(EntityType.LOCATION, NewsConventions.typeInResult(EntityType.LOCATION, null,
                Tokenizer.tokenize("She moved to Nantes in 2004"), 3, 4));
    }
}
