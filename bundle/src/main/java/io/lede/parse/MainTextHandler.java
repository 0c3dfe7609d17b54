package io.lede.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects an article's main text from Tika's XHTML events: skips navigation, header, footer, asides,
 * forms, scripts and styles, and prefers the content of {@code <article>} or {@code <main>} when the page
 * has one. Also picks up {@code <link rel="canonical">}.
 */
final class MainTextHandler extends DefaultHandler {
    private static final Set<String> SKIPPED = Set.of("nav", "header", "footer", "aside", "form", "script",
            "style", "noscript", "template", "button", "select", "menu", "figure", "iframe", "svg", "head", "title");
    private static final Set<String> MAIN = Set.of("article", "main");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "blockquote", "pre", "tr", "br", "dd", "dt", "table", "ul", "ol", "article", "main");
    private static final Set<String> HEADLINE = Set.of("h1");

    private final StringBuilder all = new StringBuilder();
    private final StringBuilder main = new StringBuilder();
    private final StringBuilder headline = new StringBuilder();
    private final Deque<Integer> open = new ArrayDeque<>();
    private static final int SKIP = 1;
    private static final int IN_MAIN = 2;
    private static final int IN_HEADLINE = 4;
    private static final int BLOCK = 8;
    private final int maxChars;
    private final int maxNesting;
    private int skipDepth;
    private int mainDepth;
    private int headlineDepth;
    private boolean mainSeen;
    private boolean truncated;
    private String canonical = "";

    MainTextHandler(int maxChars, int maxNesting) {
        this.maxChars = maxChars;
        this.maxNesting = maxNesting;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (open.size() >= maxNesting) {
            throw new SAXException("document nesting deeper than " + maxNesting + " elements");
        }
        if (name.equals("link") && "canonical".equalsIgnoreCase(atts.getValue("rel")) && canonical.isEmpty()) {
            String href = atts.getValue("href");
            canonical = href == null ? "" : href.trim();
        }
        int flags = 0;
        if (SKIPPED.contains(name) || hasRole(atts, "navigation", "banner", "contentinfo", "complementary")) {
            flags |= SKIP;
            skipDepth++;
        }
        if (MAIN.contains(name) || hasRole(atts, "main", "article")) {
            flags |= IN_MAIN;
            mainDepth++;
            mainSeen = true;
        }
        if (HEADLINE.contains(name)) {
            flags |= IN_HEADLINE;
            headlineDepth++;
        }
        if (BLOCKS.contains(name)) {
            flags |= BLOCK;
            breakParagraph();
        }
        open.push(flags);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        int flags = open.isEmpty() ? 0 : open.pop();
        if ((flags & SKIP) != 0) {
            skipDepth--;
        }
        if ((flags & IN_MAIN) != 0) {
            mainDepth--;
        }
        if ((flags & IN_HEADLINE) != 0) {
            headlineDepth--;
            if (headline.length() > 0 && headline.charAt(headline.length() - 1) != '\n') {
                headline.append('\n');
            }
        }
        if ((flags & BLOCK) != 0) {
            breakParagraph();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (truncated) {
            throw new TextLimitReached(maxChars);
        }
        if (skipDepth > 0) {
            return;
        }
        append(all, ch, start, length);
        if (mainDepth > 0) {
            append(main, ch, start, length);
        }
        if (headlineDepth > 0 && headline.length() < 1000) {
            headline.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void append(StringBuilder sb, char[] ch, int start, int length) {
        int room = maxChars - sb.length();
        if (room <= 0) {
            truncated = true;
            return;
        }
        sb.append(ch, start, Math.min(room, length));
    }

    private void breakParagraph() {
        for (StringBuilder sb : new StringBuilder[] {all, main}) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
        }
    }

    private static boolean hasRole(Attributes atts, String... roles) {
        String role = atts.getValue("role");
        if (role == null) {
            return false;
        }
        for (String r : roles) {
            if (r.equalsIgnoreCase(role.trim())) {
                return true;
            }
        }
        return false;
    }

    /** The main text: the article/main region when the page marks one, otherwise all visible text. */
    String text() {
        String chosen = mainSeen && main.toString().strip().length() > 0 ? main.toString() : all.toString();
        return TextNormaliser.paragraphs(chosen);
    }

    String firstHeadline() {
        String h = headline.toString().strip();
        int nl = h.indexOf('\n');
        return (nl > 0 ? h.substring(0, nl) : h).replaceAll("\\s+", " ").strip();
    }

    String canonical() {
        return canonical;
    }

    boolean truncated() {
        return truncated;
    }
}
