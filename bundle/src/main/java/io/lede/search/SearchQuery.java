package io.lede.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One validated search request: the text, the filters and the page wanted. Within one filter several values
 * are alternatives (any language of the list), except topics and entities, which must all be present.
 *
 * @param text        full text, may be empty
 * @param ui          language of the labels
 * @param from        first day of {@code published}, inclusive, or null
 * @param to          last day of {@code published}, inclusive, or null
 * @param page        1-based
 */
public record SearchQuery(String text, String ui, List<String> languages, List<String> topics, List<String> entities,
                          List<String> entityTypes, List<String> sections, List<String> authors, LocalDate from,
                          LocalDate to, Sort sort, int page, int size) {

    public enum Sort { RELEVANCE, DATE }

    public SearchQuery {
        text = text == null ? "" : text.strip();
        languages = List.copyOf(languages);
        topics = List.copyOf(topics);
        entities = List.copyOf(entities);
        entityTypes = List.copyOf(entityTypes);
        sections = List.copyOf(sections);
        authors = List.copyOf(authors);
    }

    /** A query for {@code text} with no filter, first page of ten, English labels. */
    public static SearchQuery text(String text) {
        return new SearchQuery(text, "en", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                null, Sort.RELEVANCE, 1, 10);
    }
}
