package io.lede.parse;

/** Recognises "text" that is really binary data or mis-decoded bytes: many replacement or control characters. */
final class UnreadableText {
    private static final double MAX_BAD_SHARE = 0.05;

    private UnreadableText() {
    }

    static boolean isUnreadable(String text) {
        int letters = 0;
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')
                    || Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.UNASSIGNED) {
                bad++;
            } else if (!Character.isWhitespace(c)) {
                letters++;
            }
        }
        int total = letters + bad;
        return total > 0 && bad > total * MAX_BAD_SHARE;
    }
}
