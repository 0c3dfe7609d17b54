package io.lede.language;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Lede's language detector behind Tika's {@link LanguageDetector} API.
 * <p>
 * Interim implementation: scores the site languages by their most frequent function words.
 */
public class LedeLanguageDetector extends LanguageDetector {
    private static final Map<String, Set<String>> WORDS = Map.of(
            "fr", words("le la les de des du un une et est que qui dans pour pas sur au aux avec ce cette il elle ont a été sont"),
            "en", words("the of and to in is that for it with as was on are be by this have from at which were has"),
            "de", words("der die das und ist nicht zu den von mit sich des auf für im dem ein eine auch es an als wird"),
            "es", words("el la los las de del y en que un una es por con para se no su al lo como más pero sus"),
            "it", words("il lo la gli le di del della e è che un una per con non si da al alla sono nel anche"),
            "nl", words("de het een en van is dat niet te in op met voor zijn er aan ook als bij door naar"),
            "pt", words("o a os as de do da dos das e é que um uma para com não em no na por se mais ao"));

    private final Set<String> languages = new HashSet<>(WORDS.keySet());
    private final Map<String, Integer> counts = new HashMap<>();
    private final StringBuilder pending = new StringBuilder();

    private static Set<String> words(String list) {
        return Set.copyOf(Arrays.asList(list.split(" ")));
    }

    @Override
    public LanguageDetector loadModels() throws IOException {
        return this;
    }

    @Override
    public LanguageDetector loadModels(Set<String> languages) throws IOException {
        this.languages.clear();
        this.languages.addAll(languages);
        return this;
    }

    @Override
    public boolean hasModel(String language) {
        return WORDS.containsKey(language);
    }

    @Override
    public LanguageDetector setPriors(Map<String, Float> languageProbabilities) throws IOException {
        return this;
    }

    @Override
    public void reset() {
        counts.clear();
        pending.setLength(0);
    }

    @Override
    public void addText(char[] cbuf, int off, int len) {
        pending.append(cbuf, off, len);
    }

    @Override
    public List<LanguageResult> detectAll() {
        for (String token : pending.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            for (String lang : languages) {
                Set<String> w = WORDS.get(lang);
                if (w != null && w.contains(token)) {
                    counts.merge(lang, 1, Integer::sum);
                }
            }
        }
        pending.setLength(0);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<LanguageResult> results = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            float score = (float) e.getValue() / Math.max(1, total);
            results.add(new LanguageResult(e.getKey(), score > 0.6 ? LanguageConfidence.HIGH : LanguageConfidence.LOW, score));
        }
        results.sort(Comparator.comparingDouble(LanguageResult::getRawScore).reversed());
        return results;
    }
}
