package io.lineengage.application.port.out.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.Consents;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link CustomerConsents}. */
public abstract class AbstractCustomerConsentsTest {
    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");

    protected abstract OrgRepository orgRepository();

    protected abstract LineAccountRepository accountRepository();

    protected abstract CustomerConsents consents();

    private OrgId org;
    private LineAccountId account;
    private final CustomerId customer = CustomerId.generate();

    @BeforeEach
    void anOrgWithAnAccount() {
        org = StorageFixtures.org(orgRepository());
        account = StorageFixtures.insertedAccount(accountRepository(), org);
    }

    @Test
    void aCustomerWithoutDecisionsHasNone() {
        assertThat(consents().consents(org, customer, account)).isEqualTo(Consents.NONE);
    }

    @Test
    void theLastDecisionPerCategoryStandsPerCustomerAndAccount() {
        consents().change(org, customer, account, ConsentCategory.TRANSACTIONAL, false, "customer-api", T0);
        consents().change(org, customer, account, ConsentCategory.PROMOTIONAL, false, "customer-api", T0);
        consents().change(org, customer, account, ConsentCategory.PROMOTIONAL, true, "customer-api", T0.plusSeconds(1));

        assertThat(consents().consents(org, customer, account).explicit())
                .isEqualTo(Map.of(ConsentCategory.TRANSACTIONAL, false, ConsentCategory.PROMOTIONAL, true));
        assertThat(consents().consents(org, CustomerId.generate(), account)).isEqualTo(Consents.NONE);
        LineAccountId other = StorageFixtures.insertedAccount(accountRepository(), org);
        assertThat(consents().consents(org, customer, other)).isEqualTo(Consents.NONE);
        assertThat(consents().consents(StorageFixtures.org(orgRepository()), customer, account))
                .isEqualTo(Consents.NONE);
    }
}
