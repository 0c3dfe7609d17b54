package io.lede.entities;

import io.lede.api.Article;
import io.lede.api.Entity;
import io.lede.api.EntityExtractor;
import io.lede.api.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Lede's entity extractor: a name tagger trained on permissive corpora finds people, organisations and
 * places; a multilingual knowledge base (Wikidata ids) links them, so "Poutine", "Putin" and "Putín" are
 * one entity. Models load in the background; {@link #load()} starts that early, {@link #isReady()} tells.
 */
public final class KnowledgeBaseEntityExtractor implements EntityExtractor {
    private final EntityModelLoader loader;
    private final BlockList blockList;
    private final EntityAssembler assembler = new EntityAssembler();
    private final MentionPropagator propagator = new MentionPropagator();

    public KnowledgeBaseEntityExtractor(NewsroomExtension extension) {
        this(EntityModels::loadShipped, extension);
    }

    KnowledgeBaseEntityExtractor(Supplier<EntityModels> models, NewsroomExtension extension) {
        this.loader = new EntityModelLoader(() -> {
            EntityModels m = models.get();
            extension.applyTo(m.knowledgeBase);
            return m;
        });
        this.blockList = extension.blockList();
    }

    /** Starts loading the models in the background; the future completes when they are ready. */
    public CompletableFuture<?> load() {
        return loader.start();
    }

    public boolean isReady() {
        return loader.isReady();
    }

    @Override
    public List<Entity> extract(Article article, String language) {
        NameFinder finder = new NameFinder(loader.get());
        List<NameFinder.FieldScan> scans = List.of(finder.find(Mention.TITLE, article.title(), language),
                finder.find(Mention.TEXT, article.text(), language));
        propagator.propagate(scans, language);
        List<FoundName> names = new ArrayList<>();
        scans.forEach(s -> names.addAll(s.names()));
        names.removeIf(n -> blockList.blocksSurface(n.surface()));
        List<Entity> entities = assembler.assemble(names, language == null ? "" : language, article.text().length());
        entities.removeIf(e -> blockList.blocksId(e.id()));
        return entities;
    }
}
