package io.lineengage.adapters.persistence.account;

import io.lineengage.adapters.persistence.crypto.SecretCipher;
import io.lineengage.adapters.persistence.crypto.StoredSecrets;
import io.lineengage.adapters.persistence.postgres.PostgresErrors;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.domain.account.AccountStatus;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** LINE accounts in PostgreSQL; the secret and token are encrypted on the way in and decrypted on the way out. */
final class JdbiLineAccountRepository implements LineAccountRepository {
    private final LineAccountDao dao;
    private final SecretCipher cipher;

    JdbiLineAccountRepository(Jdbi jdbi, SecretCipher cipher) {
        this.dao = jdbi.onDemand(LineAccountDao.class);
        this.cipher = cipher;
    }

    @Override
    public void insert(LineAccount account) {
        try {
            dao.insert(row(account));
        } catch (RuntimeException e) {
            if (PostgresErrors.isUniqueViolation(e)) {
                throw new ConflictException("the org already has a LINE account for channel " + account.channelId());
            }
            throw e;
        }
    }

    @Override
    public Optional<LineAccount> find(OrgId orgId, LineAccountId id) {
        return dao.find(orgId.value(), id.value()).map(this::account);
    }

    @Override
    public Optional<LineAccount> findForWebhook(LineAccountId id) {
        return dao.findAnyOrg(id.value()).map(this::account);
    }

    @Override
    public Page<LineAccount> list(OrgId orgId, PageRequest page) {
        Instant afterCreatedAt = Instant.EPOCH;
        String afterId = "";
        if (page.cursor().isPresent()) {
            String[] cursor = decodeCursor(page.cursor().get());
            afterCreatedAt = Instant.parse(cursor[0]);
            afterId = cursor[1];
        }
        List<LineAccountRow> rows = dao.list(orgId.value(), afterCreatedAt, afterId, page.limit() + 1);
        List<LineAccount> items =
                rows.stream().limit(page.limit()).map(this::account).toList();
        Optional<String> next =
                rows.size() > page.limit() ? Optional.of(encodeCursor(items.get(items.size() - 1))) : Optional.empty();
        return new Page<>(items, next);
    }

    @Override
    public boolean update(LineAccount account, long expectedVersion) {
        return dao.update(row(account), expectedVersion) == 1;
    }

    private LineAccountRow row(LineAccount account) {
        String id = account.id().value();
        return new LineAccountRow(
                id,
                account.orgId().value(),
                account.name(),
                account.providerName(),
                account.channelId(),
                cipher.encrypt(account.channelSecret(), StoredSecrets.channelSecret(id)),
                account.accessToken()
                        .map(token -> cipher.encrypt(token, StoredSecrets.accessToken(id)))
                        .orElse(null),
                account.status().name(),
                account.unitsOnPush(),
                account.notificationMessages(),
                account.createdAt(),
                account.updatedAt(),
                account.version());
    }

    private LineAccount account(LineAccountRow row) {
        return new LineAccount(
                new LineAccountId(row.id()),
                new OrgId(row.orgId()),
                row.name(),
                row.providerName(),
                row.channelId(),
                cipher.decrypt(row.channelSecretEnc(), StoredSecrets.channelSecret(row.id())),
                Optional.ofNullable(row.accessTokenEnc())
                        .map(token -> cipher.decrypt(token, StoredSecrets.accessToken(row.id()))),
                AccountStatus.valueOf(row.status()),
                row.unitsOnPush(),
                row.notificationMessages(),
                row.createdAt(),
                row.updatedAt(),
                row.version());
    }

    private static String encodeCursor(LineAccount last) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((last.createdAt() + "|" + last.id().value()).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decodeCursor(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            Instant.parse(parts[0]);
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            return parts;
        } catch (RuntimeException e) {
            throw ValidationException.of("cursor", "is not a cursor this list gave out");
        }
    }
}
