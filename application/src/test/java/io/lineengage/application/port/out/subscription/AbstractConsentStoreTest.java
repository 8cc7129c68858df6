package io.lineengage.application.port.out.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.ConsentChange;
import io.lineengage.domain.subscription.Consents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link ConsentStore}. */
public abstract class AbstractConsentStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123Z");

    protected abstract OrgRepository orgRepository();

    protected abstract LineAccountRepository accountRepository();

    protected abstract ConsentStore store();

    protected abstract UnitOfWork unitOfWork();

    private ConsentStore store;
    private OrgId org;
    private LineAccountId account;

    @BeforeEach
    void account() {
        store = store();
        org = StorageFixtures.org(orgRepository());
        account = StorageFixtures.insertedAccount(accountRepository(), org);
    }

    private ConsentChange change(String user, ConsentCategory category, boolean optedIn, long seconds) {
        return new ConsentChange(org, account, user, category, optedIn, "api", T0.plusSeconds(seconds));
    }

    @Test
    void noDecisionMeansNone() {
        assertThat(store.consents(org, account, StorageFixtures.userId())).isEqualTo(Consents.NONE);
    }

    @Test
    void theLatestDecisionPerCategoryStandsAndAllAreInTheHistory() {
        String user = StorageFixtures.userId();
        unitOfWork().run(() -> store.change(change(user, ConsentCategory.PROMOTIONAL, false, 1)));
        unitOfWork().run(() -> store.change(change(user, ConsentCategory.TRANSACTIONAL, true, 2)));
        unitOfWork().run(() -> store.change(change(user, ConsentCategory.PROMOTIONAL, true, 3)));

        assertThat(store.consents(org, account, user))
                .isEqualTo(Consents.NONE
                        .with(ConsentCategory.PROMOTIONAL, true)
                        .with(ConsentCategory.TRANSACTIONAL, true));
        assertThat(store.history(org, account, user))
                .containsExactly(
                        change(user, ConsentCategory.PROMOTIONAL, false, 1),
                        change(user, ConsentCategory.TRANSACTIONAL, true, 2),
                        change(user, ConsentCategory.PROMOTIONAL, true, 3));
        assertThat(store.consents(org, account, StorageFixtures.userId())).isEqualTo(Consents.NONE);
    }

    @Test
    void severalUsersConsentsAreReadAtOnceEveryoneAskedAnswered() {
        String decided = StorageFixtures.userId();
        String silent = StorageFixtures.userId();
        unitOfWork().run(() -> store.change(change(decided, ConsentCategory.PROMOTIONAL, false, 1)));

        assertThat(store.consentsOf(org, account, List.of(decided, silent)))
                .isEqualTo(
                        Map.of(decided, Consents.NONE.with(ConsentCategory.PROMOTIONAL, false), silent, Consents.NONE));
        assertThat(store.consentsOf(org, account, List.of())).isEmpty();
    }
}
