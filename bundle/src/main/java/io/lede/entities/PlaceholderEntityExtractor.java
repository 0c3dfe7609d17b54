package io.lede.entities;

import io.lede.api.Article;
import io.lede.api.Entity;
import io.lede.api.EntityExtractor;
import java.util.List;

/** Finds nothing: stands in until the knowledge-base extractor is wired. */
public final class PlaceholderEntityExtractor implements EntityExtractor {
    @Override
    public List<Entity> extract(Article article, String language) {
        return List.of();
    }
}
