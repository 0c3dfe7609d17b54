package io.lede.entities;

import java.util.List;

/** How central an entity is: named in the title, named early in the text, named often. */
final class SalienceScorer {
    private static final double TITLE = 0.35;
    private static final double LEAD = 0.25;
    private static final double FREQUENCY = 0.4;
    private static final int LEAD_CHARS = 400;

    double score(List<FoundName> mentions, int maxMentions, int textLength) {
        boolean inTitle = mentions.stream().anyMatch(m -> m.field().equals(io.lede.api.Mention.TITLE));
        int firstInText = mentions.stream().filter(m -> m.field().equals(io.lede.api.Mention.TEXT))
                .mapToInt(FoundName::start).min().orElse(-1);
        double lead = 0;
        if (firstInText >= 0) {
            int leadLength = Math.max(LEAD_CHARS, textLength / 5);
            lead = firstInText < leadLength ? 1.0 : Math.max(0, 1.0 - (double) firstInText / Math.max(1, textLength));
        }
        double frequency = (double) mentions.size() / Math.max(1, maxMentions);
        double score = (inTitle ? TITLE : 0) + LEAD * lead + FREQUENCY * frequency;
        return Math.round(Math.min(1.0, score) * 1000) / 1000.0;
    }
}
