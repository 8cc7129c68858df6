package io.lineengage.domain.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordsTest {
    @Test
    void widthAndCaseDoNotMatter() {
        Trigger.Keyword exact = new Trigger.Keyword(List.of("ABC", "クーポン"), true);
        assertThat(exact.matches("ＡＢＣ")).isTrue();
        assertThat(exact.matches(" abc ")).isTrue();
        assertThat(exact.matches("ｸｰﾎﾟﾝ")).as("half-width katakana").isTrue();
        assertThat(exact.matches("abcd")).isFalse();
        assertThat(exact.matches("")).isFalse();
    }

    @Test
    void containsFindsTheKeywordInsideText() {
        Trigger.Keyword contains = new Trigger.Keyword(List.of("coupon"), false);
        assertThat(contains.matches("Do you have a ＣＯＵＰＯＮ today?")).isTrue();
        assertThat(contains.matches("cou pon")).isFalse();
    }
}
