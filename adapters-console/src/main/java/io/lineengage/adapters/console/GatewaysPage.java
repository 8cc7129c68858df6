package io.lineengage.adapters.console;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.lineengage.adapters.console.view.Rows;
import io.lineengage.application.port.in.account.FindLineAccountsUseCase;
import io.lineengage.application.port.in.gateway.GatewaysUseCase;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gateways per priority class: each weight as a bar of the class's default share, its window, its default flag. */
final class GatewaysPage implements ConsolePage {
    private final GatewaysUseCase gateways;
    private final FindLineAccountsUseCase accounts;
    private final Clock clock;

    GatewaysPage(GatewaysUseCase gateways, FindLineAccountsUseCase accounts, Clock clock) {
        this.gateways = gateways;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes, Pages pages) {
        routes.get(
                "/console/gateways",
                ctx -> pages.page(
                        ctx, "gateways.jte", "Gateways", "gateways", Map.of("classes", classes(Pages.org(ctx)))));
    }

    List<Rows.GatewayClass> classes(OrgId org) {
        Map<String, String> names = new HashMap<>();
        accounts.list(org, PageRequest.first(100)).items().forEach(a -> names.put(a.id().value(), a.name()));
        List<Gateway> all = gateways.list(org, PageRequest.first(500)).items();
        Instant now = clock.instant();
        List<Rows.GatewayClass> classes = new ArrayList<>();
        for (PriorityClass priority : PriorityClass.values()) {
            List<Gateway> ofClass =
                    all.stream().filter(g -> g.priority() == priority).toList();
            int defaultTotal = ofClass.stream()
                    .filter(g -> g.isDefault() && active(g, now))
                    .mapToInt(Gateway::weight)
                    .sum();
            List<Rows.GatewayBar> bars = ofClass.stream()
                    .map(g -> new Rows.GatewayBar(
                            g.id().value(),
                            names.getOrDefault(
                                    g.accountId().value(), g.accountId().value()),
                            g.weight(),
                            g.isDefault() && active(g, now) && defaultTotal > 0 ? g.weight() * 100 / defaultTotal : 0,
                            window(g),
                            g.isDefault(),
                            active(g, now)))
                    .toList();
            classes.add(new Rows.GatewayClass(priority.name(), bars));
        }
        return classes;
    }

    private static boolean active(Gateway gateway, Instant now) {
        return gateway.activeFrom().map(from -> !from.isAfter(now)).orElse(true)
                && gateway.activeUntil().map(until -> until.isAfter(now)).orElse(true);
    }

    private static String window(Gateway gateway) {
        if (gateway.activeFrom().isEmpty() && gateway.activeUntil().isEmpty()) {
            return "always";
        }
        return gateway.activeFrom().map(Format::moment).orElse("…") + " to "
                + gateway.activeUntil().map(Format::moment).orElse("…");
    }
}
