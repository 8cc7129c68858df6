package io.lineengage.application.port.out.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.org.OrgId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract of {@link AttributeCatalogue}. */
public abstract class AbstractAttributeCatalogueTest {
    protected abstract OrgRepository orgRepository();

    protected abstract AttributeCatalogue catalogue();

    @Test
    void theFirstRegisteredTypeStaysPerOrg() {
        AttributeCatalogue catalogue = catalogue();
        OrgId org = StorageFixtures.org(orgRepository());
        OrgId other = StorageFixtures.org(orgRepository());
        assertThat(catalogue.register(org, Map.of("tier", AttributeType.STRING, "points", AttributeType.NUMBER)))
                .isEqualTo(Map.of("tier", AttributeType.STRING, "points", AttributeType.NUMBER));
        assertThat(catalogue.register(org, Map.of("points", AttributeType.STRING, "vip", AttributeType.BOOLEAN)))
                .isEqualTo(Map.of("points", AttributeType.NUMBER, "vip", AttributeType.BOOLEAN));
        assertThat(catalogue.all(org)).isEqualTo(Map.of("tier", AttributeType.STRING, "points", AttributeType.NUMBER,
                "vip", AttributeType.BOOLEAN));
        assertThat(catalogue.all(other)).isEmpty();
    }
}
