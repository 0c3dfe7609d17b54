package io.lede.backfill;

import io.lede.api.Article;
import io.lede.api.ArticleSource;
import io.lede.api.ArticleSourceException;
import java.io.IOException;
import java.nio.file.Path;

/** A file listing CMS content paths, one a line ({@code #} comments allowed), fetched from the publish tier. */
public final class PathListSource implements BackfillSource {
    private final Path file;
    private final ArticleSource pages;

    public PathListSource(Path file, ArticleSource pages) {
        this.file = file.toAbsolutePath().normalize();
        this.pages = pages;
    }

    @Override
    public String description() {
        return "paths:" + file;
    }

    @Override
    public ItemReader open() throws IOException {
        return new LineReader(file, true);
    }

    @Override
    public LoadedArticle load(BackfillItem item) throws BackfillException {
        try {
            Article article = pages.fetch(item.payload());
            return new LoadedArticle(article, LoadedArticle.versionOf(article, LoadedArticle.UNDATED));
        } catch (ArticleSourceException e) {
            throw new BackfillException(e.getMessage(), e.isTransient(), e);
        }
    }
}
