package io.lineengage.application.port.out.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The contract of {@link OrgRepository}; every implementation runs it. */
public abstract class AbstractOrgRepositoryTest {
    /** A repository over empty storage. */
    protected abstract OrgRepository repository();

    protected static Org org(String name) {
        return new Org(OrgId.generate(), name, ZoneId.of("Asia/Tokyo"), Instant.now().truncatedTo(ChronoUnit.MICROS));
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
}
