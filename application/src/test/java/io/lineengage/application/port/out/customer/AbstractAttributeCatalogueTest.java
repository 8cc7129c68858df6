package io.lineengage.application.port.out.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.org.OrgId;
import java.math.BigDecimal;
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
        assertThat(catalogue.all(org))
                .isEqualTo(Map.of(
                        "tier", AttributeType.STRING, "points", AttributeType.NUMBER, "vip", AttributeType.BOOLEAN));
        assertThat(catalogue.all(other)).isEmpty();
    }

    @Test
    void anAttributeNobodyHoldsCanBeRetypedAndRemovedOneSomebodyHoldsCannot() {
        AttributeCatalogue catalogue = catalogue();
        OrgId org = StorageFixtures.org(orgRepository());
        catalogue.register(org, Map.of("level", AttributeType.STRING));
        assertThat(catalogue.retype(org, "level", AttributeType.NUMBER)).isEqualTo(AttributeCatalogue.Change.DONE);
        assertThat(catalogue.all(org)).isEqualTo(Map.of("level", AttributeType.NUMBER));
        assertThat(catalogue.remove(org, "level")).isEqualTo(AttributeCatalogue.Change.DONE);
        assertThat(catalogue.all(org)).isEmpty();
        assertThat(catalogue.remove(org, "level")).isEqualTo(AttributeCatalogue.Change.UNKNOWN);
        assertThat(catalogue.retype(org, "level", AttributeType.DATE)).isEqualTo(AttributeCatalogue.Change.UNKNOWN);

        holdValue(org, "points", new AttributeValue.Number(BigDecimal.TEN));
        assertThat(catalogue.all(org))
                .as("registered by the write that stored it")
                .isEqualTo(Map.of("points", AttributeType.NUMBER));
        assertThat(catalogue.retype(org, "points", AttributeType.STRING))
                .isEqualTo(AttributeCatalogue.Change.VALUES_HELD);
        assertThat(catalogue.remove(org, "points")).isEqualTo(AttributeCatalogue.Change.VALUES_HELD);
        assertThat(catalogue.all(org)).isEqualTo(Map.of("points", AttributeType.NUMBER));
    }

    /** Stores a customer holding {@code value} under {@code name}, through the implementation's own writes. */
    protected abstract void holdValue(OrgId org, String name, AttributeValue value);
}
