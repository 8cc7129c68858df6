package io.lineengage.adapters.http.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.web.ApiAuthentication;
import io.lineengage.adapters.http.web.HttpSettings;
import io.lineengage.adapters.http.web.JsonBody;
import io.lineengage.adapters.http.web.Pagination;
import io.lineengage.application.port.in.account.CheckLineAccountUseCase;
import io.lineengage.application.port.in.account.CheckLineAccountUseCase.AccountCheck;
import io.lineengage.application.port.in.account.FindLineAccountsUseCase;
import io.lineengage.application.port.in.account.RegisterLineAccountCommand;
import io.lineengage.application.port.in.account.RegisterLineAccountUseCase;
import io.lineengage.application.port.in.account.UpdateLineAccountCommand;
import io.lineengage.application.port.in.account.UpdateLineAccountUseCase;
import io.lineengage.domain.account.AccountStatus;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The org's LINE accounts: register, read, list, update, disable, and check against LINE. */
final class LineAccountRoutes extends Plugin<Void> {
    private static final Set<String> REGISTER_FIELDS =
            Set.of("name", "providerName", "channelId", "channelSecret", "accessToken");
    private static final Set<String> UPDATE_FIELDS = Set.of(
            "name",
            "providerName",
            "channelSecret",
            "accessToken",
            "status",
            "aggregationUnitsOnPush",
            "notificationMessagesEnabled");

    private final ObjectMapper json;
    private final HttpSettings settings;
    private final RegisterLineAccountUseCase register;
    private final FindLineAccountsUseCase find;
    private final UpdateLineAccountUseCase update;
    private final CheckLineAccountUseCase check;

    LineAccountRoutes(
            ObjectMapper json,
            HttpSettings settings,
            RegisterLineAccountUseCase register,
            FindLineAccountsUseCase find,
            UpdateLineAccountUseCase update,
            CheckLineAccountUseCase check) {
        this.json = json;
        this.settings = settings;
        this.register = register;
        this.find = find;
        this.update = update;
        this.check = check;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.post("/api/v1/line-accounts", this::register);
        state.routes.get(
                "/api/v1/line-accounts",
                ctx -> ctx.json(Pagination.body(
                        find.list(ApiAuthentication.orgOf(ctx), Pagination.request(ctx)), this::webModel)));
        state.routes.get(
                "/api/v1/line-accounts/{id}",
                ctx -> ctx.json(webModel(find.get(ApiAuthentication.orgOf(ctx), id(ctx)))));
        state.routes.patch("/api/v1/line-accounts/{id}", this::update);
        state.routes.delete(
                "/api/v1/line-accounts/{id}",
                ctx -> ctx.json(webModel(update.disable(ApiAuthentication.orgOf(ctx), id(ctx)))));
        state.routes.post("/api/v1/line-accounts/{id}/check", this::check);
    }

    private void register(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, REGISTER_FIELDS);
        String name = body.requiredText("name");
        String providerName = body.requiredText("providerName");
        String channelId = body.requiredText("channelId");
        String channelSecret = body.requiredText("channelSecret");
        String accessToken = body.optionalText("accessToken");
        body.validate();
        LineAccount account = register.register(new RegisterLineAccountCommand(
                org, name, providerName, channelId, channelSecret, Optional.ofNullable(accessToken)));
        ctx.status(201)
                .header("Location", "/api/v1/line-accounts/" + account.id())
                .json(webModel(account));
    }

    private void update(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, UPDATE_FIELDS);
        Optional<String> name = Optional.ofNullable(body.optionalText("name"));
        Optional<String> providerName = Optional.ofNullable(body.optionalText("providerName"));
        Optional<String> secret = Optional.ofNullable(body.optionalText("channelSecret"));
        // "accessToken": null drops the token (tokens are then issued); a string replaces it; absent keeps it.
        Optional<Optional<String>> token = body.has("accessToken")
                ? Optional.of(Optional.ofNullable(body.optionalText("accessToken")))
                : Optional.empty();
        Optional<AccountStatus> status = body.optionalEnum("status", AccountStatus.class);
        Optional<Boolean> unitsOnPush = body.optionalBoolean("aggregationUnitsOnPush");
        Optional<Boolean> notificationMessages = body.optionalBoolean("notificationMessagesEnabled");
        body.validate();
        LineAccount account = update.update(new UpdateLineAccountCommand(
                org,
                id(ctx),
                new LineAccount.Changes(name, providerName, secret, token, status, unitsOnPush, notificationMessages)));
        ctx.json(webModel(account));
    }

    private void check(Context ctx) {
        AccountCheck result = check.check(ApiAuthentication.orgOf(ctx), id(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", result.ok());
        result.bot().ifPresent(bot -> {
            body.put("botName", bot.displayName());
            body.put("basicId", bot.basicId());
        });
        result.quota().ifPresent(quota -> {
            Map<String, Object> quotaBody = new LinkedHashMap<>();
            quotaBody.put("limit", quota.limit().isPresent() ? quota.limit().getAsLong() : null);
            quotaBody.put("used", quota.used());
            quotaBody.put(
                    "remaining",
                    quota.remaining().isPresent() ? quota.remaining().getAsLong() : null);
            body.put("quota", quotaBody);
        });
        result.error().ifPresent(error -> body.put("error", error));
        ctx.json(body);
    }

    private LineAccountWebModel webModel(LineAccount account) {
        return LineAccountWebModel.from(account, settings.publicUrl("/webhooks/line/" + account.id()));
    }

    private static LineAccountId id(Context ctx) {
        return new LineAccountId(ctx.pathParam("id"));
    }

    @Override
    public String name() {
        return "line-engage-line-accounts";
    }
}
