package io.lede.search;

/** Escapes text for HTML the way Elasticsearch's {@code html} highlight encoder does. */
final class HtmlText {
    private HtmlText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The start of {@code text}, cut at a word boundary near {@code length} characters. */
    static String lead(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int cut = text.lastIndexOf(' ', length);
        return text.substring(0, cut > length / 2 ? cut : length) + " …";
    }
}
