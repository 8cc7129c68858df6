package io.lineengage.domain.campaign;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.audience.AudienceMember;
import io.lineengage.domain.audience.AudienceMember.LinkedUser;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayAllocator;
import io.lineengage.domain.gateway.GatewayChoice;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.Consents;
import io.lineengage.domain.subscription.SubscriptionStatus;
import io.lineengage.domain.template.Recipient;
import io.lineengage.domain.template.Rendering;
import io.lineengage.domain.template.Template;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides, member by member in the audience's order, who is sent what through which gateway: a LINE user can only be
 * messaged by an account of their provider that they follow and have consented to (PROMOTIONAL for BULK campaigns,
 * TRANSACTIONAL otherwise); among those accounts the weights decide. A personalized template is rendered here, so
 * that a recipient lacking a label value is skipped at launch, not half-sent; {@code lineDisplayName} is the given
 * name or else the last known profile name of the LINE user the chosen gateway reaches.
 */
public final class RecipientPlanner {
    private final Template template;
    private final ConsentCategory category;
    private final Map<LineAccountId, String> providers;
    private final GatewayChoice choice;
    private final Map<LineAccountId, Gateway> byAccount = new HashMap<>();

    /** A campaign's planner: its recipients are split across {@code gateways} exactly in their weight ratio. */
    public RecipientPlanner(
            Template template, ConsentCategory category, List<Gateway> gateways, Map<LineAccountId, String> providers) {
        this(template, category, gateways, providers, new GatewayAllocator(gateways));
    }

    public RecipientPlanner(
            Template template,
            ConsentCategory category,
            List<Gateway> gateways,
            Map<LineAccountId, String> providers,
            GatewayChoice choice) {
        this.template = template;
        this.category = category;
        this.providers = Map.copyOf(providers);
        this.choice = choice;
        gateways.forEach(gateway -> byAccount.put(gateway.accountId(), gateway));
    }

    public RecipientPlan plan(AudienceMember member, Optional<String> lineDisplayName) {
        return plan(member, lineDisplayName, Optional.empty(), 0);
    }

    /** As above, and skipped as "capped" when {@code cap} does not allow one more after {@code sentWithinCap}. */
    public RecipientPlan plan(
            AudienceMember member, Optional<String> lineDisplayName, Optional<FrequencyCap> cap, long sentWithinCap) {
        if (member.lineUsers().isEmpty()) {
            return new RecipientPlan.Skipped(SkipReason.NO_LINE_IDENTITY, "the customer has no LINE identity");
        }
        Map<LineAccountId, LinkedUser> following = new HashMap<>();
        Map<LineAccountId, LinkedUser> consenting = new HashMap<>();
        for (LineAccountId account : byAccount.keySet()) {
            for (LinkedUser user : member.lineUsers()) {
                if (!user.provider().equals(providers.get(account))
                        || user.status(account) != SubscriptionStatus.FOLLOWING) {
                    continue;
                }
                following.putIfAbsent(account, user);
                if (user.consents()
                        .getOrDefault(account, Consents.NONE)
                        .optedIn(category, SubscriptionStatus.FOLLOWING)) {
                    consenting.putIfAbsent(account, user);
                }
            }
        }
        if (following.isEmpty()) {
            return new RecipientPlan.Skipped(SkipReason.NOT_FOLLOWING, "follows none of the campaign's accounts");
        }
        if (consenting.isEmpty()) {
            return new RecipientPlan.Skipped(
                    SkipReason.NO_CONSENT,
                    "no " + category + " consent with "
                            + following.keySet().stream()
                                    .map(LineAccountId::value)
                                    .sorted()
                                    .collect(Collectors.joining(", ")));
        }
        if (cap.isPresent() && !cap.get().allows(sentWithinCap)) {
            return new RecipientPlan.Skipped(
                    SkipReason.CAPPED,
                    sentWithinCap + " campaign messages within " + cap.get().within() + ", at most "
                            + cap.get().max());
        }
        Set<LineAccountId> reachable = consenting.keySet();
        // The gateway is known before rendering (the name is that of the LINE user it reaches) but only taken once
        // the message renders, so that a skipped recipient does not count towards the weights.
        Gateway gateway = choice.peek(reachable).orElseThrow();
        LinkedUser user = consenting.get(gateway.accountId());
        Optional<JsonLike> messages = Optional.empty();
        if (template.personalized()) {
            Recipient recipient = new Recipient(member.customer(), lineDisplayName.or(user::displayName));
            Rendering rendering = Rendering.of(template.messages(), recipient);
            if (rendering instanceof Rendering.Skipped skipped) {
                return new RecipientPlan.Skipped(
                        skipped.reason().equals(Rendering.MISSING_LABEL_VALUE)
                                ? SkipReason.MISSING_LABEL_VALUE
                                : SkipReason.RENDERED_MESSAGE_INVALID,
                        skipped.detail());
            }
            messages = Optional.of(((Rendering.Rendered) rendering).messages());
        }
        choice.take(gateway);
        return new RecipientPlan.Queued(gateway, user.lineUserId(), messages);
    }
}
