package io.lineengage.application.port.out.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.identity.LineIdentity;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link LineIdentityRepository}. */
public abstract class AbstractLineIdentityRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123456Z");

    protected abstract OrgRepository orgRepository();

    protected abstract CustomerRepository customerRepository();

    protected abstract LineIdentityRepository repository();

    private LineIdentityRepository identities;
    private OrgId org;
    private Customer first;
    private Customer second;

    @BeforeEach
    void customers() {
        identities = repository();
        org = StorageFixtures.org(orgRepository());
        first = Customer.lineOnly(org, Optional.empty(), T0);
        second = Customer.lineOnly(org, Optional.empty(), T0);
        customerRepository().saveAll(List.of(first, second));
    }

    @Test
    void aUserIsLinkedOncePerProvider() {
        String user = StorageFixtures.userId();
        LineIdentity link = new LineIdentity(org, "Brand", user, first.id(), T0);
        assertThat(identities.linkAll(List.of(link))).containsExactly(link);
        assertThat(identities.linkAll(List.of(new LineIdentity(org, "Brand", user, second.id(), T0))))
                .isEmpty();
        LineIdentity otherProvider = new LineIdentity(org, "Other", user, second.id(), T0);
        assertThat(identities.linkAll(List.of(otherProvider))).containsExactly(otherProvider);

        assertThat(identities.find(org, "Brand", user)).contains(link);
        assertThat(identities.customersOf(org, "Brand", List.of(user, StorageFixtures.userId())))
                .isEqualTo(Map.of(user, first.id()));
        assertThat(identities.withLineUserId(org, user)).containsExactlyInAnyOrder(link, otherProvider);
        assertThat(identities.ofCustomer(org, first.id())).containsExactly(link);
    }

    @Test
    void aBatchLinksOnlyTheUsersNobodyHasYetTheFirstOfTwiceAskedWinning() {
        String known = StorageFixtures.userId();
        String fresh = StorageFixtures.userId();
        String twice = StorageFixtures.userId();
        LineIdentity earlier = new LineIdentity(org, "Brand", known, first.id(), T0);
        identities.linkAll(List.of(earlier));
        LineIdentity freshLink = new LineIdentity(org, "Brand", fresh, second.id(), T0.plusSeconds(1));
        LineIdentity twiceFirst = new LineIdentity(org, "Brand", twice, second.id(), T0);
        List<LineIdentity> batch = List.of(
                twiceFirst,
                new LineIdentity(org, "Brand", known, second.id(), T0),
                freshLink,
                new LineIdentity(org, "Brand", twice, first.id(), T0));

        assertThat(identities.linkAll(batch)).containsExactly(twiceFirst, freshLink);
        assertThat(identities.find(org, "Brand", known)).contains(earlier);
        assertThat(identities.find(org, "Brand", fresh)).contains(freshLink);
        assertThat(identities.find(org, "Brand", twice)).contains(twiceFirst);
    }

    @Test
    void movingTakesEveryIdentityToTheOtherCustomer() {
        String a = StorageFixtures.userId();
        String b = StorageFixtures.userId();
        identities.linkAll(List.of(
                new LineIdentity(org, "Brand", a, first.id(), T0), new LineIdentity(org, "Other", b, first.id(), T0)));
        identities.moveAll(org, first.id(), second.id());
        assertThat(identities.ofCustomer(org, first.id())).isEmpty();
        assertThat(identities.ofCustomer(org, second.id()))
                .extracting(LineIdentity::lineUserId)
                .containsExactlyInAnyOrder(a, b);
    }
}
