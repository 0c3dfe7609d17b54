package io.lede.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.api.EnrichedArticle;
import io.lede.api.Entity;
import io.lede.api.Mention;
import io.lede.api.Topic;

/** Writes an enriched article as the enrichment JSON contract of the command line and the evaluation. */
public final class EnrichmentJson {
    private final ObjectMapper mapper;

    public EnrichmentJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(EnrichedArticle doc) {
        ObjectNode out = mapper.createObjectNode();
        out.put("id", doc.article().id());
        out.put("language", doc.language().language());
        out.put("languageConfidence", round(doc.language().confidence()));
        if (doc.language().fallback()) {
            out.put("languageFallback", true);
            out.put("languageDetected", doc.language().detected());
        }
        ArrayNode entities = out.putArray("entities");
        for (Entity e : doc.entities()) {
            ObjectNode en = entities.addObject();
            en.put("id", e.id());
            en.put("type", e.type().key());
            en.put("name", e.name());
            en.put("linked", e.linked());
            en.put("salience", round(e.salience()));
            ArrayNode mentions = en.putArray("mentions");
            for (Mention m : e.mentions()) {
                ObjectNode mn = mentions.addObject();
                mn.put("start", m.start());
                mn.put("end", m.end());
                mn.put("text", m.text());
                if (!Mention.TEXT.equals(m.field())) {
                    mn.put("field", m.field());
                }
            }
        }
        ArrayNode topics = out.putArray("topics");
        for (Topic t : doc.topics()) {
            ObjectNode tn = topics.addObject();
            tn.put("code", t.code());
            tn.put("label", t.label());
            tn.put("score", round(t.score()));
            ArrayNode anc = tn.putArray("ancestors");
            t.ancestors().forEach(anc::add);
            ArrayNode ev = tn.putArray("evidence");
            t.evidence().forEach(ev::add);
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
