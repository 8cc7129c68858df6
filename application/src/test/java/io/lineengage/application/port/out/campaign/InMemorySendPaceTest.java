package io.lineengage.application.port.out.campaign;

import io.lineengage.application.fake.InMemorySendPace;

class InMemorySendPaceTest extends AbstractSendPaceTest {
    private final InMemorySendPace.Buckets buckets = new InMemorySendPace.Buckets();

    @Override
    protected SendPace pace(SendPace.Limits limits) {
        return new InMemorySendPace(buckets, limits);
    }
}
