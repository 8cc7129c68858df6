package io.lineengage.adapters.persistence.pace;

import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.campaign.AbstractSendPaceTest;
import io.lineengage.application.port.out.campaign.SendPace;
import org.junit.jupiter.api.AfterAll;

class PostgresSendPaceTest extends AbstractSendPaceTest {
    private static final TestStorage STORAGE = TestStorage.fresh();

    @AfterAll
    static void close() {
        STORAGE.close();
    }

    @Override
    protected SendPace pace(SendPace.Limits limits) {
        return PacePersistenceModule.sendPace(STORAGE.dataSource(), limits);
    }
}
