package io.lineengage.application.port.in.account;

import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.org.OrgId;
import java.util.Objects;
import java.util.Optional;

/** A LINE account to register; without {@code accessToken}, tokens are issued from channel ID and secret. */
public record RegisterLineAccountCommand(
        OrgId orgId,
        String name,
        String providerName,
        String channelId,
        String channelSecret,
        Optional<String> accessToken) {
    public RegisterLineAccountCommand {
        Objects.requireNonNull(orgId, "orgId");
        accessToken = accessToken == null
                ? Optional.empty()
                : accessToken.map(String::strip).filter(t -> !t.isEmpty());
        LineAccount.validate(name, providerName, channelId, channelSecret, accessToken.orElse(null))
                .throwIfAny();
        name = name.strip();
        providerName = providerName.strip();
        channelId = channelId.strip();
        channelSecret = channelSecret.strip();
    }

    @Override
    public String toString() {
        return "RegisterLineAccountCommand[orgId=" + orgId + ", name=" + name + ", channelId=" + channelId
                + ", secrets hidden]";
    }
}
