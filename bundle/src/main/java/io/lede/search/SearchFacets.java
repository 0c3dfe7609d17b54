package io.lede.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The facets of a search: their aggregations and the contract's JSON made from the answers. */
final class SearchFacets {
    static final int ENTITIES_PER_TYPE = 10;
    /** Facet name to the root-level field of the ids of that entity type. */
    private static final Map<String, String> ENTITY_FACETS = Map.of("people", "personIds", "organizations",
            "organizationIds", "places", "locationIds");

    private final ObjectMapper mapper;
    private final Labels labels;
    private final EntityLabelCache entityLabels;
    private final List<FieldValue> shownTopicCodes;

    SearchFacets(ObjectMapper mapper, Labels labels, EntityLabelCache entityLabels) {
        this.mapper = mapper;
        this.labels = labels;
        this.entityLabels = entityLabels;
        this.shownTopicCodes = labels.topicCodesUpToLevel(2).stream().map(FieldValue::of).toList();
    }

    Map<String, Aggregation> aggregations() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        // only the codes the facet shows (level 1 and its drill-down level), not every descendant code
        aggs.put("topicCodes", Aggregation.of(a -> a.terms(t -> t.field("topicCodes")
                .include(i -> i.terms(shownTopicCodes.stream().map(FieldValue::stringValue).toList()))
                .size(shownTopicCodes.size()))));
        aggs.put("languages", Aggregation.of(a -> a.terms(t -> t.field("language").size(50))));
        aggs.put("sections", Aggregation.of(a -> a.terms(t -> t.field("section").size(100))));
        aggs.put("dates", Aggregation.of(a -> a.dateHistogram(d -> d.field("published")
                .calendarInterval(CalendarInterval.Day).format("yyyy-MM-dd").minDocCount(1))));
        // root-level id fields: one count per article, no nested documents; labels come from EntityLabelCache
        ENTITY_FACETS.forEach((facet, field) -> aggs.put(facet, Aggregation.of(a -> a.terms(t -> t.field(field)
                .size(ENTITIES_PER_TYPE).shardSize(ENTITIES_PER_TYPE * 5)
                .order(List.of(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc)))))));
        return aggs;
    }

    ObjectNode read(Map<String, Aggregate> aggs, String ui) throws SearchUnavailableException {
        ObjectNode facets = mapper.createObjectNode();
        facets.set("topics", topics(aggs.get("topicCodes").sterms().buckets().array(), ui));
        List<String> entityFacets = ENTITY_FACETS.keySet().stream().sorted(Comparator.comparing(this::facetOrder))
                .toList();
        Set<String> shownIds = new LinkedHashSet<>();
        entityFacets.forEach(facet -> aggs.get(facet).sterms().buckets().array()
                .forEach(b -> shownIds.add(b.key().stringValue())));
        Map<String, JsonNode> entities = entityLabels.entities(shownIds);
        for (String facet : entityFacets) {
            facets.set(facet, entities(aggs.get(facet).sterms().buckets().array(), entities, ui));
        }
        facets.set("languages", values(aggs.get("languages").sterms().buckets().array()));
        facets.set("sections", values(aggs.get("sections").sterms().buckets().array()));
        facets.set("dates", dates(aggs.get("dates").dateHistogram().buckets().array()));
        return facets;
    }

    private int facetOrder(String facet) {
        return List.of("people", "organizations", "places").indexOf(facet);
    }

    private ArrayNode topics(List<StringTermsBucket> buckets, String ui) {
        Map<String, Long> counts = new LinkedHashMap<>();
        buckets.forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        List<ObjectNode> level1 = new ArrayList<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (labels.topicLevel(e.getKey()) != 1) {
                continue;
            }
            ObjectNode topic = topic(e.getKey(), e.getValue(), ui);
            List<ObjectNode> children = new ArrayList<>();
            counts.forEach((code, count) -> {
                if (labels.topicLevel(code) == 2 && e.getKey().equals(labels.topicParent(code))) {
                    children.add(topic(code, count, ui));
                }
            });
            topic.putArray("children").addAll(sorted(children, "label"));
            level1.add(topic);
        }
        return mapper.createArrayNode().addAll(sorted(level1, "label"));
    }

    private ObjectNode topic(String code, long count, String ui) {
        ObjectNode t = mapper.createObjectNode();
        t.put("code", code);
        t.put("label", labels.topic(code, ui));
        t.put("count", count);
        return t;
    }

    private ArrayNode entities(List<StringTermsBucket> buckets, Map<String, JsonNode> indexed, String ui) {
        List<ObjectNode> out = new ArrayList<>();
        for (StringTermsBucket b : buckets) {
            String id = b.key().stringValue();
            JsonNode entity = indexed.getOrDefault(id, mapper.createObjectNode().put("id", id));
            ObjectNode e = mapper.createObjectNode();
            e.put("id", id);
            e.put("label", Labels.entity(entity, ui));
            e.put("count", b.docCount());
            out.add(e);
        }
        return mapper.createArrayNode().addAll(sorted(out, "label"));
    }

    private ArrayNode values(List<StringTermsBucket> buckets) {
        List<ObjectNode> out = new ArrayList<>();
        for (StringTermsBucket b : buckets) {
            out.add(mapper.createObjectNode().put("value", b.key().stringValue()).put("count", b.docCount()));
        }
        return mapper.createArrayNode().addAll(sorted(out, "value"));
    }

    /** Day buckets, rolled up to weeks (Mondays) past two months and to months past a year. */
    private ArrayNode dates(List<DateHistogramBucket> buckets) {
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        buckets.forEach(b -> days.put(LocalDate.parse(b.keyAsString()), b.docCount()));
        ArrayNode out = mapper.createArrayNode();
        if (days.isEmpty()) {
            return out;
        }
        List<LocalDate> keys = new ArrayList<>(days.keySet());
        long span = ChronoUnit.DAYS.between(keys.get(0), keys.get(keys.size() - 1));
        Map<LocalDate, Long> rolled = new LinkedHashMap<>();
        days.forEach((day, count) -> {
            LocalDate key = span > 366 ? day.withDayOfMonth(1)
                    : span > 62 ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
            rolled.merge(key, count, Long::sum);
        });
        rolled.forEach((day, count) -> out.addObject().put("date", day.toString()).put("count", count));
        return out;
    }

    /** Count descending, then the given text field. */
    private static List<ObjectNode> sorted(List<ObjectNode> nodes, String field) {
        List<ObjectNode> copy = new ArrayList<>(nodes);
        copy.sort(Comparator.<ObjectNode>comparingLong(n -> -n.path("count").asLong())
                .thenComparing(n -> n.path(field).asText(), String.CASE_INSENSITIVE_ORDER));
        return copy;
    }
}
