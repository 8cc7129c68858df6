package io.lineengage.application.port.out.line;

import io.lineengage.application.fake.InMemoryLinePlatform;

class InMemoryLineMessagingPortTest extends AbstractLineMessagingPortTest {
    private final InMemoryLinePlatform platform = new InMemoryLinePlatform();

    @Override
    protected LinePlatformFixture fixture() {
        return platform;
    }

    @Override
    protected LineMessagingPort port() {
        return platform;
    }
}
