package io.lineengage.domain.account;

import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An org's LINE Official Account (a Messaging API channel). Holds its credentials in plain text in memory only:
 * storage encrypts them, the API never shows them, and {@link #toString()} hides them.
 */
public record LineAccount(
        LineAccountId id,
        OrgId orgId,
        String name,
        String providerName,
        String channelId,
        String channelSecret,
        Optional<String> accessToken,
        AccountStatus status,
        boolean unitsOnPush,
        boolean notificationMessages,
        Instant createdAt,
        Instant updatedAt,
        long version) {
    public static final int NAME_MAX_LENGTH = 100;

    /**
     * An account whose pushes carry no aggregation unit (LINE takes them on push only for approved accounts) and that
     * sends no LINE notification messages (only accounts LINE approved for them may, in Japan, Thailand and Taiwan).
     */
    public LineAccount(
            LineAccountId id,
            OrgId orgId,
            String name,
            String providerName,
            String channelId,
            String channelSecret,
            Optional<String> accessToken,
            AccountStatus status,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this(
                id,
                orgId,
                name,
                providerName,
                channelId,
                channelSecret,
                accessToken,
                status,
                false,
                false,
                createdAt,
                updatedAt,
                version);
    }

    private static final Pattern CHANNEL_ID = Pattern.compile("[0-9]{1,20}");

    public LineAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        accessToken = accessToken == null ? Optional.empty() : accessToken.filter(token -> !token.isBlank());
        validate(name, providerName, channelId, channelSecret, accessToken.orElse(null))
                .throwIfAny();
    }

    /** Every broken rule of the account's fields, by field name, for the API to report at once. */
    public static FieldErrors validate(
            String name, String providerName, String channelId, String channelSecret, String accessToken) {
        FieldErrors errors = new FieldErrors()
                .requireText(name, "name", NAME_MAX_LENGTH)
                .requireText(providerName, "providerName", NAME_MAX_LENGTH)
                .requireText(channelId, "channelId", 20)
                .requireText(channelSecret, "channelSecret", 200);
        if (channelId != null
                && !channelId.isBlank()
                && !CHANNEL_ID.matcher(channelId).matches()) {
            errors.add("channelId", "must be the channel's numeric ID from the LINE Developers console");
        }
        if (accessToken != null && accessToken.length() > 2_000) {
            errors.add("accessToken", "must be at most 2000 characters");
        }
        return errors;
    }

    public TokenMode tokenMode() {
        return accessToken.isPresent() ? TokenMode.LONG_LIVED : TokenMode.ISSUED;
    }

    public ChannelCredentials credentials() {
        return new ChannelCredentials(channelId, channelSecret, accessToken);
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /** This account with the given changes applied; absent values keep what the account had. */
    public LineAccount changed(Changes changes, Instant now) {
        return new LineAccount(
                id,
                orgId,
                changes.name().orElse(name),
                changes.providerName().orElse(providerName),
                channelId,
                changes.channelSecret().orElse(channelSecret),
                changes.accessToken().isPresent() ? changes.accessToken().get() : accessToken,
                changes.status().orElse(status),
                changes.unitsOnPush().orElse(unitsOnPush),
                changes.notificationMessages().orElse(notificationMessages),
                createdAt,
                now,
                version + 1);
    }

    /**
     * What an update may change. {@code accessToken}: absent keeps the token, {@code Optional.of(Optional.empty())}
     * drops it (tokens are then issued from ID and secret), {@code Optional.of(Optional.of(t))} replaces it.
     */
    public record Changes(
            Optional<String> name,
            Optional<String> providerName,
            Optional<String> channelSecret,
            Optional<Optional<String>> accessToken,
            Optional<AccountStatus> status,
            Optional<Boolean> unitsOnPush,
            Optional<Boolean> notificationMessages) {
        public Changes(
                Optional<String> name,
                Optional<String> providerName,
                Optional<String> channelSecret,
                Optional<Optional<String>> accessToken,
                Optional<AccountStatus> status) {
            this(name, providerName, channelSecret, accessToken, status, Optional.empty(), Optional.empty());
        }

        public Changes {
            name = name == null ? Optional.empty() : name;
            providerName = providerName == null ? Optional.empty() : providerName;
            channelSecret = channelSecret == null ? Optional.empty() : channelSecret;
            accessToken = accessToken == null ? Optional.empty() : accessToken;
            status = status == null ? Optional.empty() : status;
            unitsOnPush = unitsOnPush == null ? Optional.empty() : unitsOnPush;
            notificationMessages = notificationMessages == null ? Optional.empty() : notificationMessages;
        }

        @Override
        public String toString() {
            return "Changes[name=" + name + ", providerName=" + providerName + ", status=" + status
                    + ", secrets hidden]";
        }
    }

    @Override
    public String toString() {
        return "LineAccount[id=" + id + ", orgId=" + orgId + ", name=" + name + ", channelId=" + channelId
                + ", tokenMode=" + tokenMode() + ", status=" + status + ", version=" + version + ", secrets hidden]";
    }
}
