package io.lede.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query of a search, built with the client's typed builders only (user text is always a query value,
 * never query syntax). Text in language L is matched against the L sub-fields of articles in L, so each
 * article is searched with its own analyser (stemming, elision, accents); articles in other languages
 * are searched on the standard-analysed fields.
 */
final class ArticleQueries {
    static final Map<String, String> TYPE_FIELDS = Map.of("person", "personIds", "organization", "organizationIds",
            "location", "locationIds");

    private final List<String> languages;

    ArticleQueries(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    Query query(SearchQuery q) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (q.text().isEmpty()) {
            bool.must(m -> m.matchAll(a -> a));
        } else {
            bool.must(fullText(q.text()));
        }
        bool.filter(filters(q));
        return bool.build()._toQuery();
    }

    Query fullText(String text) {
        BoolQuery.Builder any = new BoolQuery.Builder().minimumShouldMatch("1");
        for (String language : languages) {
            any.should(s -> s.bool(b -> b.filter(f -> f.term(t -> t.field("language").value(language)))
                    .must(textIn(text, "." + language))));
        }
        any.should(otherLanguagesText(text));
        return any.build()._toQuery();
    }

    /** The text in articles of languages without sub-fields, on the standard-analysed fields. */
    Query otherLanguagesText(String text) {
        return Query.of(s -> s.bool(b -> b.mustNot(n -> n.terms(t -> t.field("language").terms(v -> v.value(
                values(languages))))).must(textIn(text, ""))));
    }

    private static Query textIn(String text, String suffix) {
        return Query.of(m -> m.multiMatch(mm -> mm.query(text).type(TextQueryType.CrossFields).operator(Operator.And)
                .fields("title" + suffix + "^3", "description" + suffix + "^2", "body" + suffix)));
    }

    List<Query> filters(SearchQuery q) {
        List<Query> filters = new ArrayList<>();
        anyOf(filters, "language", q.languages());
        anyOf(filters, "section", q.sections());
        anyOf(filters, "authors", q.authors());
        for (String topic : q.topics()) {
            filters.add(Query.of(f -> f.term(t -> t.field("topicCodes").value(topic))));
        }
        for (String entity : q.entities()) {
            filters.add(Query.of(f -> f.term(t -> t.field("entityIds").value(entity))));
        }
        if (!q.entityTypes().isEmpty()) {
            BoolQuery.Builder types = new BoolQuery.Builder().minimumShouldMatch("1");
            for (String type : q.entityTypes()) {
                types.should(s -> s.exists(e -> e.field(TYPE_FIELDS.get(type))));
            }
            filters.add(types.build()._toQuery());
        }
        if (q.from() != null || q.to() != null) {
            filters.add(Query.of(f -> f.range(r -> r.date(d -> {
                d.field("published");
                if (q.from() != null) {
                    d.gte(q.from() + "T00:00:00Z");
                }
                if (q.to() != null) {
                    d.lt(q.to().plusDays(1) + "T00:00:00Z");
                }
                return d;
            }))));
        }
        return filters;
    }

    private static void anyOf(List<Query> filters, String field, List<String> values) {
        if (!values.isEmpty()) {
            filters.add(Query.of(f -> f.terms(t -> t.field(field).terms(v -> v.value(values(values))))));
        }
    }

    static List<FieldValue> values(List<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }
}
