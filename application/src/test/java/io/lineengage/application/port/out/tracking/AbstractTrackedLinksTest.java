package io.lineengage.application.port.out.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.tracking.ClickCounts;
import io.lineengage.domain.tracking.TrackedLink;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract of {@link TrackedLinks}: links found by token as stored, clicks counted per source and URL. */
public abstract class AbstractTrackedLinksTest {
    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00.123456Z");

    protected abstract OrgRepository orgRepository();

    protected abstract TrackedLinks links();

    private TrackedLink link(OrgId org, TrackedLink.Source source, String sourceId, CustomerId customer, String url) {
        return new TrackedLink(UUID.randomUUID().toString(), org, source, sourceId, customer, url, T0);
    }

    @Test
    void aLinkIsFoundByItsTokenOnly() {
        OrgId org = StorageFixtures.org(orgRepository());
        TrackedLink link =
                link(org, TrackedLink.Source.CAMPAIGN, "cmp_1", CustomerId.generate(), "https://x.example/é?a=1");
        links().saveAll(List.of(link));
        links().saveAll(List.of());

        assertThat(links().find(link.token())).contains(link);
        assertThat(links().find(link.token() + "x")).isEmpty();
        assertThat(links().find(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void clicksAreCountedPerSourceAndUrlWithTheirClickers() {
        OrgId org = StorageFixtures.org(orgRepository());
        String campaign = "cmp_" + UUID.randomUUID();
        CustomerId hana = CustomerId.generate();
        CustomerId ren = CustomerId.generate();
        TrackedLink hanaSale = link(org, TrackedLink.Source.CAMPAIGN, campaign, hana, "https://shop.example/sale");
        TrackedLink hanaMap = link(org, TrackedLink.Source.CAMPAIGN, campaign, hana, "https://shop.example/map");
        TrackedLink renSale = link(org, TrackedLink.Source.CAMPAIGN, campaign, ren, "https://shop.example/sale");
        TrackedLink test = link(org, TrackedLink.Source.TEST, campaign, ren, "https://shop.example/sale");
        links().saveAll(List.of(hanaSale, hanaMap, renSale, test));

        links().clicked(hanaSale, T0);
        links().clicked(hanaSale, T0.plusSeconds(1));
        links().clicked(hanaMap, T0.plusSeconds(2));
        links().clicked(renSale, T0.plusSeconds(3));
        links().clicked(test, T0.plusSeconds(4));

        assertThat(links().counts(org, TrackedLink.Source.CAMPAIGN, campaign))
                .isEqualTo(
                        new ClickCounts(4, 2, Map.of("https://shop.example/sale", 3L, "https://shop.example/map", 1L)));
        assertThat(links().counts(org, TrackedLink.Source.TEST, campaign).clicks())
                .isEqualTo(1);
        assertThat(links().counts(StorageFixtures.org(orgRepository()), TrackedLink.Source.CAMPAIGN, campaign))
                .isEqualTo(ClickCounts.NONE);
    }
}
