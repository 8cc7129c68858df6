package io.lineengage.adapters.console;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.lineengage.application.port.in.campaign.TestSendCampaignUseCase;
import io.lineengage.application.port.in.customer.LookupUseCase;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A campaign's test send from its page: to named members now, by push, outside the ledger and its counts. */
final class CampaignTestSendPage implements ConsolePage {
    private final TestSendCampaignUseCase testSend;
    private final LookupUseCase lookup;

    CampaignTestSendPage(TestSendCampaignUseCase testSend, LookupUseCase lookup) {
        this.testSend = testSend;
        this.lookup = lookup;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes, Pages pages) {
        routes.post("/console/campaigns/{id}/test-send", pages.guarded(ctx -> {
            OrgId org = Pages.org(ctx);
            List<String> lines = new ArrayList<>();
            List<CustomerId> customers = new ArrayList<>();
            for (String who : Arrays.stream(Optional.ofNullable(ctx.formParam("customers"))
                            .orElse("")
                            .split("[,\\s]+"))
                    .filter(part -> !part.isBlank())
                    .toList()) {
                try {
                    customers.add(lookup.lookup(
                                    org,
                                    who.startsWith("cus_")
                                            ? new LookupUseCase.Key.ByCustomerId(who)
                                            : new LookupUseCase.Key.ByExternalId(who))
                            .customer()
                            .id());
                } catch (NotFoundException | ValidationException e) {
                    lines.add(who + ": no such member");
                }
            }
            if (!customers.isEmpty()) {
                try {
                    for (TestSendCampaignUseCase.TestSend sent :
                            testSend.testSend(org, new CampaignId(ctx.pathParam("id")), customers)) {
                        lines.add(sent.customerId().value() + ": " + sent.status()
                                + sent.reason()
                                        .map(reason -> " (" + reason + ")")
                                        .orElse(""));
                    }
                } catch (ValidationException e) {
                    e.errors().forEach(error -> lines.add(error.field() + ": " + error.message()));
                }
            } else if (lines.isEmpty()) {
                lines.add(
                        "Name 1 to " + TestSendCampaignUseCase.TEST_SEND_MAX + " members by external or customer ID.");
            }
            pages.fragment(ctx, "testsend.jte", Map.of("lines", lines));
        }));
    }
}
