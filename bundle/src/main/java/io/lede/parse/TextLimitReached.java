package io.lede.parse;

import org.xml.sax.SAXException;

/** Stops a parse once the character limit is reached: the text so far is kept, the rest is not read. */
final class TextLimitReached extends SAXException {
    private static final long serialVersionUID = 1L;

    TextLimitReached(int maxChars) {
        super("text limit of " + maxChars + " characters reached");
    }

    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TextLimitReached) {
                return true;
            }
            if (t instanceof SAXException sax && sax.getException() instanceof TextLimitReached) {
                return true;
            }
        }
        return false;
    }
}
