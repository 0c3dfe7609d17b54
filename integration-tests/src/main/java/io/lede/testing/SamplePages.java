package io.lede.testing;

/**
 * Renders a sample article as the full page a publish tier serves: site header and navigation, the
 * article with its metadata, a sidebar of other stories and a footer. Lede must keep only the article.
 */
public final class SamplePages {
    /** Words that appear only in the page chrome, never in an article: tests assert they are not indexed. */
    public static final String CHROME_MARKER = "Abonnementsangebot";

    private SamplePages() {
    }

    public static String render(SampleArticle a, String siteUrl) {
        String e = Html.escape(a.title());
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(a.language()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<title>").append(e).append(" | Lede Daily</title>\n")
                .append(meta("name", "description", a.description()))
                .append(meta("property", "og:title", a.title()))
                .append(meta("property", "article:published_time", a.published()))
                .append(meta("property", "article:modified_time", a.published()))
                .append(meta("property", "article:section", a.section()));
        for (String author : a.authors()) {
            html.append(meta("name", "author", author));
        }
        for (String tag : a.tags()) {
            html.append(meta("property", "article:tag", tag));
        }
        html.append("<link rel=\"canonical\" href=\"").append(Html.escape(siteUrl + a.path())).append("\">\n")
                .append("</head>\n<body>\n")
                .append("<header><div class=\"logo\">Lede Daily</div>")
                .append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>")
                .append("<li><a href=\"/sport\">Sport</a></li><li><a href=\"/subscribe\">")
                .append(CHROME_MARKER).append("</a></li></ul></nav></header>\n")
                .append("<main>\n<article>\n<h1>").append(e).append("</h1>\n")
                .append("<p class=\"standfirst\">").append(Html.escape(a.description())).append("</p>\n")
                .append(a.bodyHtml())
                .append("</article>\n")
                .append("<aside><h2>Most read</h2><ul><li>").append(CHROME_MARKER)
                .append(" weather outlook for the weekend</li></ul></aside>\n</main>\n")
                .append("<footer><p>© Lede Daily. ").append(CHROME_MARKER).append(" imprint privacy</p></footer>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    private static String meta(String attr, String name, String content) {
        return "<meta " + attr + "=\"" + name + "\" content=\"" + Html.escape(content) + "\">\n";
    }
}
