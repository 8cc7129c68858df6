package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.lineengage.adapters.line.messaging.LineSettings;
import io.lineengage.adapters.persistence.postgres.DatabaseSettings;
import io.lineengage.adapters.persistence.postgres.TestDatabases;
import io.lineengage.application.port.out.line.PushRequest;
import io.lineengage.application.port.out.line.SendOutcome;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.message.LineMessage;
import io.lineengage.sandbox.LineSandbox;
import io.lineengage.sandbox.SandboxControl;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled service reaches LINE where LINE_API_BASE_URL says: here, the sandbox. */
class LineWiringTest {
    @TempDir
    Path dataDirectory;

    @Test
    void theComponentsLineAdapterTalksToTheConfiguredLine() {
        try (LineSandbox sandbox = LineSandbox.start(0);
                HikariDataSource database = TestDatabases.shared().newDatabase()) {
            SandboxControl control = new SandboxControl(sandbox.baseUrl());
            SandboxControl.ChannelCredentials channel = control.createChannel();
            String user = control.addFollowers(channel.channelId(), 1).get(0);
            Settings base = TestSettings.with(
                    new DatabaseSettings.External(TestDatabases.shared().urlOf(database)),
                    MarketChoice.JP,
                    dataDirectory);
            Settings settings =
                    base.withLine(LineSettings.at(URI.create(sandbox.baseUrl()), URI.create(sandbox.baseUrl())));
            try (LineEngage service = LineEngage.start(settings, TestSettings.CLOCK)) {
                SendOutcome outcome = service.component()
                        .lineMessaging()
                        .push(
                                ChannelCredentials.issuingTokens(channel.channelId(), channel.channelSecret()),
                                PushRequest.of(user, List.of(new LineMessage.Text("wired")), UUID.randomUUID()));
                assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
            }
            assertThat(control.receivedCounts(channel.channelId())).containsEntry(user, 1);
        }
    }
}
