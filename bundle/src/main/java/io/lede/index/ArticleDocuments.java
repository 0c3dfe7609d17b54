package io.lede.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.api.Article;
import io.lede.api.EnrichedArticle;
import io.lede.api.Entity;
import io.lede.api.Topic;
import io.lede.topics.TextFolding;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Turns an enriched article into the index document that {@code es-mappings/article-mappings.json} describes. */
public final class ArticleDocuments {
    private final ObjectMapper mapper;
    private final Clock clock;

    public ArticleDocuments(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public ObjectNode toDocument(EnrichedArticle enriched, long version) {
        Article a = enriched.article();
        ObjectNode doc = mapper.createObjectNode();
        doc.put("id", a.id());
        putIfPresent(doc, "path", a.path());
        putIfPresent(doc, "url", a.url());
        doc.put("title", a.title());
        putIfPresent(doc, "description", a.description());
        doc.put("body", a.text());
        doc.put("language", enriched.language().language());
        doc.put("languageConfidence", enriched.language().confidence());
        doc.put("languageFallback", enriched.language().fallback());
        putIfPresent(doc, "languageDetected", enriched.language().detected());
        putInstant(doc, "published", a.published());
        putInstant(doc, "modified", a.modified());
        putIfPresent(doc, "section", a.section());
        strings(doc.putArray("authors"), a.authors());
        strings(doc.putArray("tags"), a.tags());
        entities(doc, enriched);
        topics(doc, enriched);
        doc.put("enrichmentVersion", enriched.enrichmentVersion());
        doc.put("version", version);
        doc.put("indexedAt", Instant.now(clock).toString());
        return doc;
    }

    private void entities(ObjectNode doc, EnrichedArticle enriched) {
        ArrayNode entities = doc.putArray("entities");
        Set<String> all = new LinkedHashSet<>();
        Set<String> people = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (Entity e : enriched.entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("type", e.type().key());
            n.put("name", e.name());
            n.put("linked", e.linked());
            n.put("salience", e.salience());
            n.put("mentions", e.mentions().size());
            ObjectNode labels = n.putObject("labels");
            for (Map.Entry<String, String> l : e.labels().entrySet()) {
                if (IndexedLanguages.LABEL_LANGUAGES.contains(l.getKey())) {
                    labels.put(l.getKey(), l.getValue());
                }
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(e.name());
            names.addAll(e.labels().values());
            // folded forms too: the minimal Elasticsearch has no asciifolding filter for type-ahead
            new ArrayList<>(names).forEach(name -> names.add(TextFolding.fold(name)));
            n.put("suggest", String.join(" | ", names));
            all.add(e.id());
            switch (e.type()) {
                case PERSON -> people.add(e.id());
                case ORGANIZATION -> orgs.add(e.id());
                case LOCATION -> places.add(e.id());
            }
        }
        strings(doc.putArray("entityIds"), all);
        strings(doc.putArray("personIds"), people);
        strings(doc.putArray("organizationIds"), orgs);
        strings(doc.putArray("locationIds"), places);
    }

    private void topics(ObjectNode doc, EnrichedArticle enriched) {
        ArrayNode topics = doc.putArray("topics");
        Set<String> codes = new LinkedHashSet<>();
        Set<String> level1 = new LinkedHashSet<>();
        for (Topic t : enriched.topics()) {
            ObjectNode n = topics.addObject();
            n.put("code", t.code());
            n.put("label", t.label());
            n.put("score", t.score());
            n.put("level", t.ancestors().size());
            strings(n.putArray("ancestors"), t.ancestors());
            strings(n.putArray("evidence"), t.evidence());
            codes.addAll(t.ancestors());
            codes.add(t.code());
            level1.add(t.topLevel());
        }
        strings(doc.putArray("topicCodes"), codes);
        strings(doc.putArray("topicLevel1"), level1);
    }

    private static void strings(ArrayNode array, Iterable<String> values) {
        values.forEach(array::add);
    }

    private static void putIfPresent(ObjectNode doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.put(field, value);
        }
    }

    private static void putInstant(ObjectNode doc, String field, Instant value) {
        if (value != null) {
            doc.put(field, value.toString());
        }
    }
}
