package io.lede.api;

import java.util.List;
import java.util.Map;

/**
 * An entity found in an article.
 *
 * @param id       canonical id: a Wikidata QID when linked, otherwise a stable id derived from the
 *                 normalised name and type
 * @param type     person, organization or location
 * @param name     canonical name
 * @param linked   whether {@code id} is a knowledge-base id
 * @param labels   labels per language code
 * @param salience how central the entity is to the article, 0..1
 * @param mentions where it occurs
 */
public record Entity(String id, EntityType type, String name, boolean linked, Map<String, String> labels,
                     double salience, List<Mention> mentions) {
    public Entity {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
