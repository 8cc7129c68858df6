package io.lineengage.adapters.http.interaction;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.web.ApiAuthentication;
import io.lineengage.adapters.http.web.Pagination;
import io.lineengage.application.port.in.interaction.ReadInteractionsUseCase;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.interaction.TimelineFilter;
import io.lineengage.domain.interaction.TimelineType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A customer's interaction timeline: {@code ?type=} (comma-separated codes), {@code ?lineAccountId=}, paged. */
final class InteractionRoutes extends Plugin<Void> {
    private final ReadInteractionsUseCase interactions;

    InteractionRoutes(ReadInteractionsUseCase interactions) {
        this.interactions = interactions;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.get(
                "/api/v1/customers/{customerId}/interactions",
                ctx -> ctx.json(Pagination.body(
                        interactions.timeline(
                                ApiAuthentication.orgOf(ctx),
                                new CustomerId(ctx.pathParam("customerId")),
                                filter(ctx),
                                Pagination.request(ctx)),
                        TimelineJson::item)));
    }

    static TimelineFilter filter(Context ctx) {
        FieldErrors errors = new FieldErrors();
        Set<TimelineType> types = new HashSet<>();
        String asked = ctx.queryParam("type");
        if (asked != null) {
            for (String code : asked.split(",", -1)) {
                Optional<TimelineType> type = TimelineType.ofCode(code.strip());
                type.ifPresent(types::add);
                errors.check(
                        type.isEmpty(),
                        "type",
                        "\"" + code.strip() + "\" is not one of "
                                + Arrays.stream(TimelineType.values())
                                        .map(TimelineType::code)
                                        .collect(Collectors.joining(", ")));
            }
        }
        String account = ctx.queryParam("lineAccountId");
        errors.check(account != null && account.isBlank(), "lineAccountId", "must not be blank");
        errors.throwIfAny();
        return new TimelineFilter(types, Optional.ofNullable(account).map(LineAccountId::new));
    }
}
