package io.lede.topics;

import io.lede.api.Article;
import io.lede.api.Entity;
import io.lede.api.Topic;
import io.lede.api.TopicTagger;
import java.util.List;

/** Tags nothing: stands in until the IPTC tagger is wired. */
public final class PlaceholderTopicTagger implements TopicTagger {
    @Override
    public List<Topic> tag(Article article, String language, List<Entity> entities) {
        return List.of();
    }
}
