package io.lede.es.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/** The standard {@code html_strip} char filter (without {@code escaped_tags}). */
@NamedComponent("html_strip")
public final class HtmlStripCharFilterFactory implements CharFilterFactory {
    @Override
    public Reader create(Reader reader) {
        return new HTMLStripCharFilter(reader);
    }
}
