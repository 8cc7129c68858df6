package io.lineengage.adapters.line.messaging;

import io.lineengage.application.port.out.line.AbstractLineMessagingPortTest;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.LinePlatformFixture;
import io.lineengage.sandbox.LineSandbox;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The port's contract, met by the SDK adapter talking to the LINE sandbox; its traffic must follow LINE's spec. */
class SdkLineMessagingContractTest extends AbstractLineMessagingPortTest {
    private static LineSandbox sandbox;
    private static SandboxPlatform platform;
    private static LineMessagingPort port;

    @BeforeAll
    static void start() {
        sandbox = LineSandbox.start(0);
        platform = new SandboxPlatform(sandbox.baseUrl());
        port = LineMessagingModule.lineMessaging(LineMessagingModule.lineCalls(
                LineSettings.at(URI.create(sandbox.baseUrl()), URI.create(sandbox.baseUrl())), Clock.systemUTC()));
    }

    @AfterAll
    static void checkTrafficAndStop() {
        try {
            LineSpec.loadOrSkip().assertConforms(platform.control(), platform.channelIds());
        } finally {
            sandbox.close();
        }
    }

    @Override
    protected LinePlatformFixture fixture() {
        return platform;
    }

    @Override
    protected LineMessagingPort port() {
        return port;
    }
}
