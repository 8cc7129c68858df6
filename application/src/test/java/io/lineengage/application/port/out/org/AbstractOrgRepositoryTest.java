package io.lineengage.application.port.out.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link OrgRepository}; every implementation runs it. */
public abstract class AbstractOrgRepositoryTest {
    /** A repository over empty storage. */
    protected abstract OrgRepository repository();

    protected static Org org(String name) {
        return new Org(
                OrgId.generate(), name, ZoneId.of("Asia/Tokyo"), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void storesAndLoadsAnOrgWithEveryField() {
        OrgRepository orgs = repository();
        Org org = org("Brand 🍣 & Co");
        orgs.insert(org);
        assertThat(orgs.findById(org.id())).contains(org);
    }

    @Test
    void unknownOrgIsEmpty() {
        assertThat(repository().findById(OrgId.generate())).isEmpty();
    }

    @Test
    void keepsOrgsApart() {
        OrgRepository orgs = repository();
        Org first = org("First");
        Org second = org("Second");
        orgs.insert(first);
        orgs.insert(second);
        assertThat(orgs.findById(first.id())).contains(first);
        assertThat(orgs.findById(second.id())).contains(second);
    }

    @Test
    void refusesASecondOrgWithTheSameId() {
        OrgRepository orgs = repository();
        Org org = org("Once");
        orgs.insert(org);
        assertThatThrownBy(() -> orgs.insert(new Org(org.id(), "Twice", org.timeZone(), org.createdAt())))
                .isInstanceOf(RuntimeException.class);
        assertThat(orgs.findById(org.id())).contains(org);
    }

    @Test
    void listsOrgsNewestFirstAPageAtATime() {
        OrgRepository orgs = repository();
        Instant later = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MICROS);
        Org older = new Org(OrgId.generate(), "Older", ZoneId.of("UTC"), later);
        Org newer = new Org(OrgId.generate(), "Newer", ZoneId.of("UTC"), later.plusSeconds(1));
        Org newest = new Org(OrgId.generate(), "Newest", ZoneId.of("UTC"), later.plusSeconds(2));
        orgs.insert(older);
        orgs.insert(newest);
        orgs.insert(newer);
        Page<Org> first = orgs.list(PageRequest.first(2));
        assertThat(first.items()).containsExactly(newest, newer);
        Page<Org> second = orgs.list(new PageRequest(1, first.nextCursor()));
        assertThat(second.items()).containsExactly(older);
        assertThatThrownBy(() -> orgs.list(new PageRequest(1, Optional.of("org_nope"))))
                .isInstanceOf(ValidationException.class);
    }
}
