package io.lineengage.application.port.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.interaction.Interaction;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link InteractionLog}. */
public abstract class AbstractInteractionLogTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123Z");

    protected abstract OrgRepository orgRepository();

    protected abstract LineAccountRepository accountRepository();

    protected abstract InteractionLog log();

    private InteractionLog log;
    private OrgId org;
    private LineAccountId account;

    @BeforeEach
    void account() {
        log = log();
        org = StorageFixtures.org(orgRepository());
        account = StorageFixtures.insertedAccount(accountRepository(), org);
    }

    @Test
    void recentInteractionsComeNewestFirstAndEachOnce() {
        String user = StorageFixtures.userId();
        Interaction hello = new Interaction(org, account, user, "e1", Interaction.Kind.MESSAGE, "hello", T0);
        Interaction postback =
                new Interaction(org, account, user, "e2", Interaction.Kind.POSTBACK, "buy=1", T0.plusSeconds(5));
        Interaction link = new Interaction(
                org, account, user, "e3", Interaction.Kind.ACCOUNT_LINK, "ok nonce=n", T0.plusSeconds(9));
        log.record(List.of(hello, postback));
        log.record(List.of(link, hello));

        assertThat(log.recent(org, account, user, 10)).containsExactly(link, postback, hello);
        assertThat(log.recent(org, account, user, 2)).containsExactly(link, postback);
        assertThat(log.recent(org, account, StorageFixtures.userId(), 10)).isEmpty();
    }
}
