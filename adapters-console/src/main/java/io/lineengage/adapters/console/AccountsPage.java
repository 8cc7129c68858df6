package io.lineengage.adapters.console;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.lineengage.application.port.in.account.CheckLineAccountUseCase;
import io.lineengage.application.port.in.account.UpdateLineAccountCommand;
import io.lineengage.application.port.in.account.UpdateLineAccountUseCase;
import io.lineengage.domain.account.AccountStatus;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import java.util.Map;
import java.util.Optional;

/** LINE accounts: followers, the webhook URL to copy, a check against LINE (bot name, quota), enable and disable. */
final class AccountsPage implements ConsolePage {
    private final OverviewPage overview;
    private final CheckLineAccountUseCase check;
    private final UpdateLineAccountUseCase update;

    AccountsPage(OverviewPage overview, CheckLineAccountUseCase check, UpdateLineAccountUseCase update) {
        this.overview = overview;
        this.check = check;
        this.update = update;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes, Pages pages) {
        routes.get(
                "/console/accounts",
                ctx -> pages.page(
                        ctx,
                        "accounts.jte",
                        "LINE accounts",
                        "accounts",
                        Map.of("accounts", overview.accountRows(Pages.org(ctx)))));
        routes.post("/console/accounts/{id}/check", pages.guarded(ctx -> {
            CheckLineAccountUseCase.AccountCheck result =
                    check.check(Pages.org(ctx), new LineAccountId(ctx.pathParam("id")));
            String text = result.ok()
                    ? "OK: "
                            + result.bot()
                                    .map(bot -> bot.displayName() + " (" + bot.basicId() + ")")
                                    .orElse("")
                            + result.quota()
                                    .map(quota -> ", " + quota.used() + " of "
                                            + (quota.limit().isPresent()
                                                    ? Long.toString(
                                                            quota.limit().getAsLong())
                                                    : "unlimited")
                                            + " messages this month")
                                    .orElse("")
                    : "Not OK: " + result.error().orElse("LINE refused");
            pages.fragment(ctx, "check.jte", Map.of("ok", result.ok(), "text", text));
        }));
        routes.post("/console/accounts/{id}/status", pages.guarded(ctx -> {
            AccountStatus status = "enable".equals(ctx.formParam("to")) ? AccountStatus.ACTIVE : AccountStatus.DISABLED;
            LineAccount ignored = update.update(new UpdateLineAccountCommand(
                    Pages.org(ctx),
                    new LineAccountId(ctx.pathParam("id")),
                    new LineAccount.Changes(
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of(status))));
            ctx.redirect("/console/accounts");
        }));
    }
}
