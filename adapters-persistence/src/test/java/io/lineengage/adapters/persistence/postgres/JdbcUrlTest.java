package io.lineengage.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcUrlTest {
    @Test
    void readsThePostgresUrlFormWithCredentials() {
        JdbcUrl url = JdbcUrl.parse("postgres://app:p%40ss@db.local:5433/engage?sslmode=disable");
        assertThat(url.url()).isEqualTo("jdbc:postgresql://db.local:5433/engage?sslmode=disable");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("p@ss");
        assertThat(url.toString()).doesNotContain("p@ss");
    }

    @Test
    void takesJdbcUrlsAsTheyAre() {
        assertThat(JdbcUrl.parse("jdbc:postgresql://localhost/x?user=a").url())
                .isEqualTo("jdbc:postgresql://localhost/x?user=a");
    }

    @Test
    void rejectsOtherSchemes() {
        assertThatThrownBy(() -> JdbcUrl.parse("mysql://localhost/x")).hasMessageContaining("DATABASE_URL");
    }
}
