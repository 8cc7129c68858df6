package io.lineengage.application.port.out;

import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.AccountStatus;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Orgs, accounts and user IDs for contract tests: rows that later tables refer to. */
public final class StorageFixtures {
    private StorageFixtures() {}

    public static OrgId org(OrgRepository orgs) {
        Org org = new Org(
                OrgId.generate(),
                "Contract Co",
                ZoneId.of("Asia/Tokyo"),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        orgs.insert(org);
        return org.id();
    }

    public static LineAccount account(OrgId orgId, String channelId, Optional<String> token) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new LineAccount(
                LineAccountId.generate(),
                orgId,
                "Shop " + channelId,
                "Provider",
                channelId,
                "secret-" + channelId,
                token,
                AccountStatus.ACTIVE,
                now,
                now,
                1);
    }

    /** An active account "Shop" of provider "Brand" on a channel of the fake LINE platform, created at {@code at}. */
    public static LineAccount account(OrgId orgId, ChannelCredentials channel, Instant at) {
        return new LineAccount(
                LineAccountId.generate(),
                orgId,
                "Shop",
                "Brand",
                channel.channelId(),
                channel.channelSecret(),
                channel.longLivedToken(),
                AccountStatus.ACTIVE,
                at,
                at,
                1);
    }

    public static LineAccountId insertedAccount(LineAccountRepository accounts, OrgId orgId) {
        LineAccount account = account(
                orgId,
                Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)),
                Optional.of("token"));
        accounts.insert(account);
        return account.id();
    }

    public static String userId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "U" + HexFormat.of().formatHex(bytes);
    }
}
