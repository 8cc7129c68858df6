package io.lineengage.adapters.persistence.pace;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.campaign.SendPace;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** Per-channel rate limits shared by all instances. */
@Module
public final class PacePersistenceModule {
    private PacePersistenceModule() {}

    @Provides
    @Singleton
    public static SendPace sendPace(DataSource dataSource, SendPace.Limits limits) {
        return new PostgresSendPace(dataSource, limits);
    }
}
