package io.lineengage.application.port.out.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.StatusChange;
import io.lineengage.domain.subscription.StatusEvidence;
import io.lineengage.domain.subscription.Subscription;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link SubscriptionStore}. */
public abstract class AbstractSubscriptionStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123Z");

    protected abstract OrgRepository orgRepository();

    protected abstract LineAccountRepository accountRepository();

    protected abstract SubscriptionStore store();

    protected abstract UnitOfWork unitOfWork();

    private SubscriptionStore store;
    private OrgId org;
    private LineAccountId account;

    @BeforeEach
    void account() {
        store = store();
        org = StorageFixtures.org(orgRepository());
        account = StorageFixtures.insertedAccount(accountRepository(), org);
    }

    private void apply(String user, SubscriptionStatus status, long millis, String eventId) {
        unitOfWork().run(() -> {
            Subscription current =
                    store.lockForUpdate(org, account, List.of(user)).get(user);
            Subscription.Change change = current.apply(
                    new StatusEvidence(status, T0.plusMillis(millis), eventId, StatusEvidence.Source.WEBHOOK));
            if (change instanceof Subscription.Change.Applied applied) {
                store.record(org, account, List.of(new SubscriptionStore.Recorded(user, applied)), T0.plusSeconds(60));
            }
        });
    }

    @Test
    void severalUsersAndSeveralChangesOfOneUserAreWrittenAtOnce() {
        String first = StorageFixtures.userId();
        String second = StorageFixtures.userId();
        StatusEvidence follow =
                new StatusEvidence(SubscriptionStatus.FOLLOWING, T0, "f1", StatusEvidence.Source.WEBHOOK);
        StatusEvidence unfollow =
                new StatusEvidence(SubscriptionStatus.BLOCKED, T0.plusMillis(5), "u1", StatusEvidence.Source.WEBHOOK);
        unitOfWork().run(() -> {
            Map<String, Subscription> locked = store.lockForUpdate(org, account, List.of(first, second));
            assertThat(locked).containsOnlyKeys(first, second);
            Subscription.Change.Applied followed =
                    (Subscription.Change.Applied) locked.get(first).apply(follow);
            Subscription.Change.Applied blocked =
                    (Subscription.Change.Applied) followed.after().apply(unfollow);
            Subscription.Change.Applied secondFollowed =
                    (Subscription.Change.Applied) locked.get(second).apply(follow);
            store.record(
                    org,
                    account,
                    List.of(
                            new SubscriptionStore.Recorded(first, followed),
                            new SubscriptionStore.Recorded(second, secondFollowed),
                            new SubscriptionStore.Recorded(first, blocked)),
                    T0.plusSeconds(60));
        });
        assertThat(store.find(org, account, first).status()).isEqualTo(SubscriptionStatus.BLOCKED);
        assertThat(store.find(org, account, second).status()).isEqualTo(SubscriptionStatus.FOLLOWING);
        assertThat(store.history(org, account, first)).hasSize(2);
    }

    @Test
    void aUserNeverSeenIsUnknown() {
        String user = StorageFixtures.userId();
        assertThat(store.find(org, account, user)).isEqualTo(Subscription.UNKNOWN);
        assertThat(unitOfWork().inTransaction(() -> store.lockForUpdate(org, account, List.of(user))))
                .containsEntry(user, Subscription.UNKNOWN);
        assertThat(store.history(org, account, user)).isEmpty();
    }

    @Test
    void theNewestEvidenceIsKeptWithEveryChangeInTheHistory() {
        String user = StorageFixtures.userId();
        apply(user, SubscriptionStatus.FOLLOWING, 10, "e1");
        apply(user, SubscriptionStatus.BLOCKED, 20, "e2");
        apply(user, SubscriptionStatus.FOLLOWING, 15, "e3");

        Subscription stored = store.find(org, account, user);
        assertThat(stored.status()).isEqualTo(SubscriptionStatus.BLOCKED);
        assertThat(stored.since()).contains(T0.plusMillis(20));
        assertThat(stored.setBy().orElseThrow().eventId()).isEqualTo("e2");
        assertThat(store.history(org, account, user))
                .extracting(StatusChange::from, StatusChange::to)
                .containsExactly(
                        tuple(SubscriptionStatus.UNKNOWN, SubscriptionStatus.FOLLOWING),
                        tuple(SubscriptionStatus.FOLLOWING, SubscriptionStatus.BLOCKED));
    }

    @Test
    void usersAndAccountsAreKeptApart() {
        String user = StorageFixtures.userId();
        String other = StorageFixtures.userId();
        apply(user, SubscriptionStatus.FOLLOWING, 10, "e1");
        LineAccountId secondAccount = StorageFixtures.insertedAccount(accountRepository(), org);
        assertThat(store.find(org, account, other).status()).isEqualTo(SubscriptionStatus.UNKNOWN);
        assertThat(store.find(org, secondAccount, user).status()).isEqualTo(SubscriptionStatus.UNKNOWN);
    }

    @Test
    void severalUsersAreReadAtOnceEveryoneAskedAnswered() {
        String follower = StorageFixtures.userId();
        String blocker = StorageFixtures.userId();
        String stranger = StorageFixtures.userId();
        apply(follower, SubscriptionStatus.FOLLOWING, 10, "e1");
        apply(blocker, SubscriptionStatus.BLOCKED, 10, "e2");
        LineAccountId secondAccount = StorageFixtures.insertedAccount(accountRepository(), org);

        assertThat(store.findAll(org, account, List.of(follower, blocker, stranger)))
                .isEqualTo(Map.of(
                        follower, store.find(org, account, follower),
                        blocker, store.find(org, account, blocker),
                        stranger, Subscription.UNKNOWN));
        assertThat(store.findAll(org, account, List.of(follower)).get(follower).status())
                .isEqualTo(SubscriptionStatus.FOLLOWING);
        assertThat(store.findAll(org, secondAccount, List.of(follower)))
                .isEqualTo(Map.of(follower, Subscription.UNKNOWN));
        assertThat(store.findAll(org, account, List.of())).isEmpty();
    }
}
