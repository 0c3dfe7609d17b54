package io.lede.api;

import java.util.List;

/** Finds people, organisations and places in an article whose language is known. */
public interface EntityExtractor {
    List<Entity> extract(Article article, String language);
}
