package io.lineengage.domain.journey;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Keyword matching as people type on phones: width and case do not matter (full-width ＡＢＣ is ABC, ｸｰﾎﾟﾝ is
 * クーポン), nor spaces at either end.
 */
public final class Keywords {
    private Keywords() {}

    /** Text in the form compared: NFKC (widths folded), lower case, trimmed. */
    public static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    /** Whether {@code text} is one of the keywords ({@code exact}) or holds one of them. */
    public static boolean matches(String text, List<String> keywords, boolean exact) {
        String said = normalized(text);
        for (String keyword : keywords) {
            String wanted = normalized(keyword);
            if (exact ? said.equals(wanted) : said.contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
