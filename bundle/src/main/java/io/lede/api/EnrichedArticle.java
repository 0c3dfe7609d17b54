package io.lede.api;

import java.util.List;

/** An article with everything Lede added to it: the document that gets indexed. */
public record EnrichedArticle(Article article, LanguageGuess language, List<Entity> entities, List<Topic> topics,
                              String enrichmentVersion) {
    public EnrichedArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
