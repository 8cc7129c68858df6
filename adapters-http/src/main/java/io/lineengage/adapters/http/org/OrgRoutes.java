package io.lineengage.adapters.http.org;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.web.ApiAuthentication;
import io.lineengage.adapters.http.web.JsonBody;
import io.lineengage.adapters.http.web.Pagination;
import io.lineengage.application.port.in.org.CreateOrgCommand;
import io.lineengage.application.port.in.org.CreateOrgUseCase;
import io.lineengage.application.port.in.org.GetOrgUseCase;
import io.lineengage.application.port.in.org.IssueApiKeyCommand;
import io.lineengage.application.port.in.org.IssueApiKeyUseCase;
import io.lineengage.application.port.in.org.ListOrgsUseCase;
import io.lineengage.application.port.in.org.RevokeApiKeyUseCase;
import io.lineengage.domain.org.ApiKeyId;
import io.lineengage.domain.org.IssuedApiKey;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import java.util.Set;

/** Orgs and their API keys: created and revoked by the admin; an org reads itself with its key. */
final class OrgRoutes extends Plugin<Void> {
    private final ObjectMapper json;
    private final CreateOrgUseCase createOrg;
    private final GetOrgUseCase getOrg;
    private final IssueApiKeyUseCase issueKey;
    private final RevokeApiKeyUseCase revokeKey;

    private final ListOrgsUseCase listOrgs;

    OrgRoutes(
            ObjectMapper json,
            CreateOrgUseCase createOrg,
            GetOrgUseCase getOrg,
            ListOrgsUseCase listOrgs,
            IssueApiKeyUseCase issueKey,
            RevokeApiKeyUseCase revokeKey) {
        this.json = json;
        this.createOrg = createOrg;
        this.getOrg = getOrg;
        this.listOrgs = listOrgs;
        this.issueKey = issueKey;
        this.revokeKey = revokeKey;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.post("/api/v1/admin/orgs", this::createOrg);
        state.routes.get(
                "/api/v1/admin/orgs",
                ctx -> ctx.json(Pagination.body(listOrgs.listOrgs(Pagination.request(ctx)), OrgWebModel::from)));
        state.routes.get(
                "/api/v1/admin/orgs/{orgId}",
                ctx -> ctx.json(OrgWebModel.from(getOrg.getOrg(new OrgId(ctx.pathParam("orgId"))))));
        state.routes.post("/api/v1/admin/orgs/{orgId}/api-keys", this::issueKey);
        state.routes.delete("/api/v1/admin/orgs/{orgId}/api-keys/{keyId}", ctx -> {
            revokeKey.revokeApiKey(new OrgId(ctx.pathParam("orgId")), new ApiKeyId(ctx.pathParam("keyId")));
            ctx.status(204);
        });
        state.routes.get("/api/v1/org", ctx -> ctx.json(OrgWebModel.from(getOrg.getOrg(ApiAuthentication.orgOf(ctx)))));
    }

    private void createOrg(Context ctx) {
        JsonBody body = JsonBody.read(ctx, json, Set.of("name", "timeZone"));
        String name = body.requiredText("name");
        String timeZone = body.optionalText("timeZone");
        body.validate();
        Org org = createOrg.createOrg(CreateOrgCommand.of(name, timeZone));
        ctx.status(201).header("Location", "/api/v1/admin/orgs/" + org.id()).json(OrgWebModel.from(org));
    }

    private void issueKey(Context ctx) {
        OrgId orgId = new OrgId(ctx.pathParam("orgId"));
        JsonBody body = JsonBody.read(ctx, json, Set.of("label"));
        String label = body.requiredText("label");
        body.validate();
        IssuedApiKey issued = issueKey.issueApiKey(new IssueApiKeyCommand(orgId, label));
        ctx.status(201).json(IssuedApiKeyWebModel.from(issued));
    }

    @Override
    public String name() {
        return "line-engage-orgs";
    }
}
