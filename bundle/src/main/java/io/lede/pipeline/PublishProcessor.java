package io.lede.pipeline;

import io.lede.api.Article;
import io.lede.api.ArticleSource;
import io.lede.api.ArticleSourceException;
import io.lede.enrich.Enricher;
import io.lede.index.ArticleDocuments;
import io.lede.index.IndexAction;
import io.lede.parse.IsoTimes;
import io.lede.parse.ParseException;
import io.lede.parse.ParsedDocument;
import io.lede.parse.TikaParsing;
import io.lede.queue.PublishIntent;
import io.lede.queue.PublishIntent.InlineArticle;
import io.lede.stages.Stage;
import io.lede.stages.StageRecorder;
import java.nio.charset.StandardCharsets;

/** Turns a queued intent into the index write it calls for: fetch or parse the article, enrich it, build the document. */
public final class PublishProcessor {
    private final ArticleSource source;
    private final TikaParsing tika;
    private final Enricher enricher;
    private final ArticleDocuments documents;
    private final StageRecorder stages;

    public PublishProcessor(ArticleSource source, TikaParsing tika, Enricher enricher, ArticleDocuments documents) {
        this(source, tika, enricher, documents, StageRecorder.NONE);
    }

    /** As above, reporting parse and enrichment times of inline articles to {@code stages}. */
    public PublishProcessor(ArticleSource source, TikaParsing tika, Enricher enricher, ArticleDocuments documents,
                            StageRecorder stages) {
        this.stages = stages;
        this.source = source;
        this.tika = tika;
        this.enricher = enricher;
        this.documents = documents;
    }

    public IndexAction prepare(PublishIntent intent) throws ProcessingException {
        if (intent.action() == PublishIntent.Action.UNPUBLISH) {
            return new IndexAction.Delete(intent.articleId(), intent.version());
        }
        Article article = intent.inline() != null ? fromInline(intent) : fetch(intent.path());
        if (article.text().isBlank() && article.title().isBlank()) {
            throw new ProcessingException("article " + intent.articleId() + " has no text", false, null);
        }
        try {
            return new IndexAction.Upsert(intent.articleId(), intent.version(),
                    documents.toDocument(enricher.enrich(article, stages), intent.version()));
        } catch (RuntimeException e) {
            throw new ProcessingException("enrichment of " + intent.articleId() + " failed: " + e, false, e);
        }
    }

    private Article fetch(String path) throws ProcessingException {
        try {
            return source.fetch(path);
        } catch (ArticleSourceException e) {
            throw new ProcessingException(e.getMessage(), e.isTransient(), e);
        }
    }

    private Article fromInline(PublishIntent intent) throws ProcessingException {
        InlineArticle in = intent.inline();
        String text = "";
        String description = "";
        if (!in.bodyHtml().isBlank()) {
            try {
                byte[] html = in.bodyHtml().getBytes(StandardCharsets.UTF_8);
                ParsedDocument parsed = stages.time(Stage.PARSE, () -> tika.parse(html, "text/html; charset=UTF-8",
                        in.id()));
                text = parsed.text();
                description = parsed.description();
            } catch (ParseException e) {
                throw new ProcessingException("cannot parse the body of " + in.id() + ": " + e.getMessage(), false, e);
            }
        }
        return new Article(in.id(), intent.path(), in.url(), in.title(), description, text,
                IsoTimes.parseOrNull(in.published()), IsoTimes.parseOrNull(in.modified()), in.section(), in.authors(),
                in.tags(), in.language());
    }

}
