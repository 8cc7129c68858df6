package io.lineengage.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "Hana Sato", "佐藤 花", "tab\tnew\nline\r", "emoji 😀 pair", "\u00A0\u200B\uFEFF"})
    void ordinaryTextIsTaken(String text) {
        assertThat(StoredText.fault(text)).isEmpty();
        assertThat(StoredText.storable(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a\u0000b",
                "\u0000",
                "x\uD800",
                "\uDC00y",
                "\uDE00\uD83D",
                "bell\u0007",
                "esc\u001B[31m",
                "del\u007F",
                "vt\u000B"
            })
    void textPostgresRefusesOrControlCharactersAreNamed(String text) {
        assertThat(StoredText.fault(text))
                .hasValueSatisfying(message -> assertThat(message).startsWith("must not contain"));
    }

    @Test
    void theFaultNamesTheCharacterAndWhereItIs() {
        assertThat(StoredText.fault("ab\u0000")).contains("must not contain the character U+0000 (NUL), at position 2");
        assertThat(StoredText.fault("a\uD800"))
                .contains("must not contain an unpaired surrogate (U+D800), at position 1");
        assertThat(StoredText.fault("\u0007")).contains("must not contain the control character U+0007, at position 0");
    }

    @Test
    void storableReplacesOnlyWhatPostgresCannotHold() {
        assertThat(StoredText.storable("a\u0000b\uD800c😀\u0007")).isEqualTo("a\uFFFDb\uFFFDc😀\u0007");
        assertThat(StoredText.storable("\uDC00\uD83D")).isEqualTo("\uFFFD\uFFFD");
        assertThat(StoredText.storable(null)).isNull();
    }
}
