package io.lineengage.domain.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.error.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PageTest {
    private static final List<String> ALL = List.of("a", "b", "c", "d", "e");

    @Test
    void aListHeldWholeIsCutAsAKeysetQueryWouldCutIt() {
        Page<String> first = Page.of(ALL, PageRequest.first(2), Function.identity());
        assertThat(first.items()).containsExactly("a", "b");
        assertThat(first.nextCursor()).contains("b");
        Page<String> second = Page.of(ALL, new PageRequest(2, first.nextCursor()), Function.identity());
        assertThat(second.items()).containsExactly("c", "d");
        Page<String> last = Page.of(ALL, new PageRequest(2, second.nextCursor()), Function.identity());
        assertThat(last.items()).containsExactly("e");
        assertThat(last.nextCursor()).isEmpty();
        assertThat(Page.of(ALL, PageRequest.first(5), Function.identity()).nextCursor())
                .isEmpty();
        assertThat(Page.of(List.<String>of(), PageRequest.first(5), Function.identity())
                        .items())
                .isEmpty();
    }

    @Test
    void aCursorNamingNoItemIsRefused() {
        assertThatThrownBy(() -> Page.of(ALL, new PageRequest(2, Optional.of("zz")), Function.identity()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("cursor");
    }
}
