package io.lede.api;

import java.util.List;

/** Assigns IPTC Media Topics to an article, best first. */
public interface TopicTagger {
    List<Topic> tag(Article article, String language, List<Entity> entities);
}
