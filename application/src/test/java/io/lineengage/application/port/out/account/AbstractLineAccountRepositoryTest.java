package io.lineengage.application.port.out.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.AccountStatus;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link LineAccountRepository}. */
public abstract class AbstractLineAccountRepositoryTest {
    protected abstract OrgRepository orgRepository();

    protected abstract LineAccountRepository repository();

    private LineAccountRepository accounts;
    private OrgId org;
    private OrgId otherOrg;

    @BeforeEach
    void orgs() {
        accounts = repository();
        org = StorageFixtures.org(orgRepository());
        otherOrg = StorageFixtures.org(orgRepository());
    }

    @Test
    void storesEveryFieldIncludingTheCredentials() {
        LineAccount account = StorageFixtures.account(org, "1650000001", Optional.of("long-lived-token"));
        accounts.insert(account);
        assertThat(accounts.find(org, account.id())).contains(account);
        assertThat(accounts.find(org, account.id()).orElseThrow().channelSecret())
                .isEqualTo("secret-1650000001");
        assertThat(accounts.findForWebhook(account.id())).contains(account);
    }

    @Test
    void anAccountWithoutATokenStaysWithout() {
        LineAccount account = StorageFixtures.account(org, "1650000002", Optional.empty());
        accounts.insert(account);
        assertThat(accounts.find(org, account.id()).orElseThrow().accessToken()).isEmpty();
    }

    @Test
    void anOrgSeesOnlyItsOwnAccounts() {
        LineAccount account = StorageFixtures.account(org, "1650000003", Optional.empty());
        accounts.insert(account);
        assertThat(accounts.find(otherOrg, account.id())).isEmpty();
        assertThat(accounts.list(otherOrg, PageRequest.first(10)).items()).isEmpty();
        assertThat(accounts.findForWebhook(LineAccountId.generate())).isEmpty();
    }

    @Test
    void aChannelIsRegisteredOncePerOrg() {
        accounts.insert(StorageFixtures.account(org, "1650000004", Optional.empty()));
        assertThatThrownBy(() -> accounts.insert(StorageFixtures.account(org, "1650000004", Optional.empty())))
                .isInstanceOf(ConflictException.class);
        accounts.insert(StorageFixtures.account(otherOrg, "1650000004", Optional.empty()));
    }

    @Test
    void listsPageThroughEveryAccountInOrder() throws InterruptedException {
        List<LineAccountId> inserted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            LineAccount account = StorageFixtures.account(org, "16600000" + i + "0", Optional.empty());
            accounts.insert(account);
            inserted.add(account.id());
            Thread.sleep(2);
        }
        List<LineAccountId> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        int pages = 0;
        while (true) {
            Page<LineAccount> page = accounts.list(org, request);
            page.items().forEach(account -> seen.add(account.id()));
            pages++;
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = new PageRequest(2, page.nextCursor());
        }
        assertThat(seen).containsExactlyElementsOf(inserted);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void updatesApplyOnlyOnTheVersionTheyWereMadeFrom() {
        LineAccount account = StorageFixtures.account(org, "1650000005", Optional.of("old-token"));
        accounts.insert(account);
        LineAccount renamed = account.changed(
                new LineAccount.Changes(
                        Optional.of("Renamed"),
                        Optional.empty(),
                        Optional.of("new-secret"),
                        Optional.of(Optional.empty()),
                        Optional.of(AccountStatus.DISABLED),
                        Optional.of(true),
                        Optional.of(true)),
                account.updatedAt().plus(1, ChronoUnit.SECONDS));

        assertThat(accounts.update(renamed, account.version())).isTrue();
        LineAccount stored = accounts.find(org, account.id()).orElseThrow();
        assertThat(stored).isEqualTo(renamed);
        assertThat(stored.unitsOnPush()).isTrue();
        assertThat(stored.accessToken()).isEmpty();
        assertThat(stored.channelSecret()).isEqualTo("new-secret");

        assertThat(accounts.update(
                        renamed.changed(
                                new LineAccount.Changes(Optional.of("Lost"), null, null, null, null),
                                renamed.updatedAt()),
                        account.version()))
                .isFalse();
        assertThat(accounts.find(org, account.id()).orElseThrow().name()).isEqualTo("Renamed");
    }
}
