package io.lede.index;

import java.util.Set;

/** The languages that have analysed sub-fields and label fields in the mappings. */
public final class IndexedLanguages {
    public static final Set<String> LABEL_LANGUAGES = Set.of("fr", "en", "de", "es", "it", "nl", "pt");

    private IndexedLanguages() {
    }
}
