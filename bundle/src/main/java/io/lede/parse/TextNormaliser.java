package io.lede.parse;

/** Whitespace clean-up shared by the parsers: one paragraph per block, single spaces inside lines. */
final class TextNormaliser {
    private TextNormaliser() {
    }

    static String paragraphs(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.split("\n")) {
            String clean = line.replace('\u00A0', ' ').replaceAll("[\\s&&[^\n]]+", " ").strip();
            if (!clean.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(clean);
            }
        }
        return out.toString();
    }
}
