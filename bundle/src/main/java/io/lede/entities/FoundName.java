package io.lede.entities;

import io.lede.api.EntityType;

/**
 * A name found in one field of an article, before names of the same entity are grouped.
 *
 * @param field      "title" or "text"
 * @param start      UTF-16 start offset in the field
 * @param end        UTF-16 end offset (exclusive)
 * @param surface    the text as written
 * @param type       the type the tagger or the knowledge base gave it
 * @param entry      the knowledge-base entry it was linked to, or null
 * @param tokenCount how many words it has
 * @param lastWord   its last word, normalised (for linking "Biden" to "Joe Biden")
 * @param canonical  the fullest form of the name in the article, which unlinked ids derive from
 */
record FoundName(String field, int start, int end, String surface, EntityType type, KbEntry entry, int tokenCount,
                 String lastWord, String canonical) {
    FoundName withType(EntityType newType) {
        return new FoundName(field, start, end, surface, newType, entry, tokenCount, lastWord, canonical);
    }

    FoundName withEntry(KbEntry newEntry) {
        return new FoundName(field, start, end, surface, newEntry.type(), newEntry, tokenCount, lastWord, canonical);
    }

    /** This surname as a mention of the person named in full. */
    FoundName asSurnameOf(FoundName full) {
        return new FoundName(field, start, end, surface, EntityType.PERSON, full.entry, tokenCount, lastWord,
                full.canonical);
    }
}
