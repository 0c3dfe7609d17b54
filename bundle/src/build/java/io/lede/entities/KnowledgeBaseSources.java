package io.lede.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.api.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Joins the permissive sources into one knowledge base: curated entries (rank 0), countries (1), Natural
 * Earth places (2-5: capitals, then by population) and Wikidata politicians (6). Aliases two politicians share are dropped,
 * as are politician aliases that also name a place: a wrong link is worse than none.
 */
final class KnowledgeBaseSources {
    static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "nl", "pt");
    private static final Set<String> COUNTRY_KINDS_KEPT = Set.of("country", "supranational", "region", "other");
    private static final Set<String> SKIPPED = Set.of("Q16502", "Q8268", "Q1034173", "Q1433120", "Q143487",
            "Q17050654", "Q3111454", "Q752401", "Q756617", "Q878309");
    private static final Set<String> ORGANISATIONS = Set.of("Q458", "Q7184", "Q392770");

    private final Path kbDir;
    private final Path curated;
    private final Map<String, Draft> byQid = new LinkedHashMap<>();
    private final List<Draft> unlinked = new ArrayList<>();

    KnowledgeBaseSources(Path kbDir, Path curated) {
        this.kbDir = kbDir;
        this.curated = curated;
    }

    /** An entry being assembled from several sources. */
    private static final class Draft {
        String qid;
        EntityType type;
        int rank;
        String name;
        final Map<String, String> labels = new LinkedHashMap<>();
        final Set<String> aliases = new LinkedHashSet<>();

        KbEntry toEntry() {
            aliases.addAll(labels.values());
            aliases.add(name);
            aliases.removeIf(a -> a.isBlank() || a.strip().length() < 2);
            return new KbEntry(qid, type, rank, name, labels, new ArrayList<>(aliases));
        }
    }

    KnowledgeBase build() throws IOException {
        readCurated();
        readCountries();
        readPlaces();
        readPoliticians();
        KnowledgeBase kb = new KnowledgeBase();
        byQid.values().forEach(d -> kb.add(d.toEntry()));
        unlinked.forEach(d -> kb.add(d.toEntry()));
        return kb;
    }

    private Draft draft(String qid, EntityType type, int rank, String name) {
        Draft d = byQid.get(qid);
        if (d == null) {
            d = new Draft();
            d.qid = qid;
            d.type = type;
            d.rank = rank;
            d.name = name;
            byQid.put(qid, d);
        }
        return d;
    }

    /** Curated entries, then the sports clubs beside them ({@code curated-clubs.json}). */
    private void readCurated() throws IOException {
        readCurated(curated);
        Path clubs = curated.resolveSibling("curated-clubs.json");
        if (Files.exists(clubs)) {
            readCurated(clubs);
        }
    }

    private void readCurated(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (JsonNode e : root.get("entities")) {
            Draft d = new Draft();
            d.qid = e.path("qid").asText("");
            d.type = EntityType.valueOf(e.get("type").asText().toUpperCase(Locale.ROOT));
            d.rank = e.path("rank").asInt(0);
            d.name = e.get("name").asText();
            e.path("labels").fields().forEachRemaining(f -> d.labels.put(f.getKey(), f.getValue().asText()));
            e.path("aliases").forEach(a -> d.aliases.add(a.asText()));
            if (d.qid.startsWith("Q")) {
                if (byQid.containsKey(d.qid)) {
                    throw new IllegalStateException("curated twice: " + d.qid);
                }
                byQid.put(d.qid, d);
            } else {
                Draft same = unlinked.stream().filter(u -> u.type == d.type && u.name.equals(d.name)).findFirst()
                        .orElse(null);
                if (same == null) {
                    unlinked.add(d);
                } else {
                    d.labels.forEach(same.labels::putIfAbsent);
                    same.aliases.addAll(d.aliases);
                }
            }
        }
    }

    private void readCountries() throws IOException {
        List<Map<String, String>> rows = Tsv.read(kbDir.resolve("countries-cldr-wikidata/countries.tsv"));
        for (Map<String, String> r : rows) {
            String qid = r.get("qid");
            if (SKIPPED.contains(qid) || !COUNTRY_KINDS_KEPT.contains(r.get("kind"))) {
                continue;
            }
            EntityType type = ORGANISATIONS.contains(qid) ? EntityType.ORGANIZATION : EntityType.LOCATION;
            String en = r.get("name_en").isEmpty() ? r.get("wd_label_en") : r.get("name_en");
            Draft d = draft(qid, type, 1, en);
            for (String lang : LANGUAGES) {
                String name = r.getOrDefault("name_" + lang, "");
                if (!name.isEmpty()) {
                    d.labels.putIfAbsent(lang, name);
                }
                for (String alt : r.getOrDefault("alt_" + lang, "").split("\\|")) {
                    if (alt.strip().length() > 2) {
                        d.aliases.add(alt.strip());
                    }
                }
            }
            d.aliases.add(r.get("wd_label_en"));
        }
    }

    private void readPlaces() throws IOException {
        List<Map<String, String>> rows = Tsv.read(kbDir.resolve("naturalearth-populated-places/ne_populated_places.tsv"));
        for (Map<String, String> r : rows) {
            String qid = r.get("qid");
            if (qid.isEmpty() || r.get("feature_class").contains("station") || r.get("feature_class").contains("Station")) {
                continue;
            }
            long population = (long) Double.parseDouble(r.get("pop_max").isEmpty() ? "0" : r.get("pop_max"));
            int rank = r.get("adm0_capital").equals("1") ? 2 : population >= 1_000_000 ? 3 : population >= 100_000 ? 4 : 5;
            String en = r.get("name_en").isEmpty() ? r.get("name") : r.get("name_en");
            Draft d = draft(qid, EntityType.LOCATION, rank, en);
            for (String lang : List.of("en", "fr", "de", "es", "pt")) {
                String name = r.getOrDefault("name_" + lang, "");
                if (!name.isEmpty()) {
                    d.labels.putIfAbsent(lang, name);
                }
            }
            d.aliases.add(r.get("name"));
            d.aliases.add(r.get("name_ascii"));
            for (String alt : r.get("name_alt").split("\\|")) {
                if (alt.strip().length() > 2) {
                    d.aliases.add(alt.strip());
                }
            }
        }
    }

    private void readPoliticians() throws IOException {
        List<Map<String, String>> rows = Tsv.read(kbDir.resolve("politicians-wikidata-captainfact/politicians_wikidata_2017.tsv"));
        Set<String> placeAliases = new java.util.HashSet<>();
        for (Draft d : byQid.values()) {
            d.aliases.forEach(a -> placeAliases.add(NameNormaliser.normalise(a)));
            d.labels.values().forEach(a -> placeAliases.add(NameNormaliser.normalise(a)));
        }
        Map<String, Integer> aliasCount = new HashMap<>();
        Map<String, List<String>> aliasesOf = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            String qid = r.get("qid");
            if (byQid.containsKey(qid) && byQid.get(qid).rank == 0) {
                continue;
            }
            List<String> aliases = politicianAliases(r.get("name_native"));
            aliasesOf.put(qid, aliases);
            aliases.forEach(a -> aliasCount.merge(NameNormaliser.normalise(a), 1, Integer::sum));
        }
        for (Map<String, String> r : rows) {
            String qid = r.get("qid");
            List<String> aliases = aliasesOf.get(qid);
            if (aliases == null || byQid.containsKey(qid)) {
                continue;
            }
            List<String> kept = aliases.stream()
                    .filter(a -> aliasCount.get(NameNormaliser.normalise(a)) == 1)
                    .filter(a -> !placeAliases.contains(NameNormaliser.normalise(a)))
                    .toList();
            if (kept.isEmpty()) {
                continue;
            }
            Draft d = draft(qid, EntityType.PERSON, 6, kept.get(kept.size() - 1));
            d.aliases.addAll(kept);
        }
    }

    /** The native name, and for long names the first and last word ("Emmanuel Macron"). */
    static List<String> politicianAliases(String nativeName) {
        String name = nativeName.strip().replaceAll("\\s+", " ");
        List<String> out = new ArrayList<>();
        String[] words = name.split(" ");
        if (words.length < 2) {
            return out;
        }
        out.add(name);
        if (words.length >= 3) {
            out.add(words[0] + " " + words[words.length - 1]);
        }
        return out;
    }

    /** Reads a UTF-8 TSV with a header row into maps. */
    static final class Tsv {
        static List<Map<String, String>> read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < f.length ? f[i] : "");
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
