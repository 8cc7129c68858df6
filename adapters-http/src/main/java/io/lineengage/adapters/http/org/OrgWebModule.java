package io.lineengage.adapters.http.org;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.org.CreateOrgUseCase;
import io.lineengage.application.port.in.org.GetOrgUseCase;
import io.lineengage.application.port.in.org.IssueApiKeyUseCase;
import io.lineengage.application.port.in.org.ListOrgsUseCase;
import io.lineengage.application.port.in.org.RevokeApiKeyUseCase;
import jakarta.inject.Named;

@Module
public final class OrgWebModule {
    private OrgWebModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> orgRoutes(
            @Named("api") ObjectMapper json,
            CreateOrgUseCase createOrg,
            GetOrgUseCase getOrg,
            ListOrgsUseCase listOrgs,
            IssueApiKeyUseCase issueKey,
            RevokeApiKeyUseCase revokeKey) {
        return new OrgRoutes(json, createOrg, getOrg, listOrgs, issueKey, revokeKey);
    }
}
