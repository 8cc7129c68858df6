package io.lineengage.domain.text;

import java.util.Optional;

/**
 * Which text the service takes in. PostgreSQL's text and jsonb cannot hold U+0000, and an unpaired UTF-16 surrogate
 * has no UTF-8 form (the driver would silently turn it into "?"): text with either can never be stored as sent.
 * Other C0 control characters (and DEL) are storable but never meant in names, IDs or message text, and break
 * CSV exports and consoles, so the org API refuses them too; tab, line feed and carriage return are ordinary text.
 */
public final class StoredText {
    private static final char REPLACEMENT = '\uFFFD';

    private StoredText() {}

    /** Why the org API refuses {@code text}, naming the first character at fault; empty when it is fine. */
    public static Optional<String> fault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of("must not contain the character U+0000 (NUL), at position " + i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(
                        "must not contain an unpaired surrogate (U+%04X), at position %d".formatted((int) c, i));
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return Optional.of(
                        "must not contain the control character U+%04X, at position %d".formatted((int) c, i));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code text} with what PostgreSQL cannot store (U+0000, unpaired surrogates) replaced by U+FFFD, everything
     * else as it is: for copies of text we must keep whatever it holds (what LINE users type), beside a faithful
     * escaped original.
     */
    public static String storable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean unstorable = c == 0 || !pair && Character.isSurrogate(c);
            if (unstorable && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(unstorable ? REPLACEMENT : c);
                if (pair) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
