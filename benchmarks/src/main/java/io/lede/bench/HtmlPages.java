package io.lede.bench;

import java.nio.charset.StandardCharsets;

/** Wraps benchmark prose in a plausible article page: head, navigation, headline, paragraphs, footer. */
public final class HtmlPages {
    private HtmlPages() {
    }

    /** A page of about {@code bytes} UTF-8 bytes (markup included) in the given language. */
    public static byte[] page(String language, int bytes) {
        BenchTexts texts = BenchTexts.of(language);
        String head = head(language, texts.headline());
        String tail = "</article>\n<footer><p>&copy; Lede Gazette &middot; <a href=\"/legal\">Legal</a></p></footer>\n"
                + "</body>\n</html>\n";
        int room = Math.max(200, bytes - BenchTexts.utf8Length(head) - BenchTexts.utf8Length(tail));
        // each paragraph gets <p>..</p>\n (8 bytes); leave that room for markup
        String body = texts.body(room - 8 * (room / 400 + 1));
        StringBuilder html = new StringBuilder(head);
        for (String paragraph : body.split("\n\n")) {
            html.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return html.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String head(String language, String headline) {
        String title = escape(headline);
        return "<!DOCTYPE html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + title + "</title>\n"
                + "<meta name=\"description\" content=\"" + title + "\">\n"
                + "<link rel=\"canonical\" href=\"https://news.example/" + language + "/budget\">\n"
                + "</head>\n<body>\n<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/local\">Local</a></li>"
                + "<li><a href=\"/sport\">Sport</a></li></ul></nav>\n<article>\n<h1>" + title + "</h1>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
