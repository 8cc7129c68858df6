package io.lineengage.domain.audience;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.interaction.Interaction;
import io.lineengage.domain.subscription.Consents;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Everything a filter can ask about one customer: the in-memory evaluator's input. */
public record AudienceMember(
        Customer customer,
        List<LinkedUser> lineUsers,
        Set<String> lists,
        Set<String> receivedCampaigns,
        List<CampaignClick> clicks) {
    public AudienceMember {
        Objects.requireNonNull(customer, "customer");
        lineUsers = List.copyOf(lineUsers);
        lists = Set.copyOf(lists);
        receivedCampaigns = Set.copyOf(receivedCampaigns);
        clicks = List.copyOf(clicks);
    }

    /** A member as a launch reads it: clicks matter to filters only, which the database evaluates. */
    public AudienceMember(
            Customer customer, List<LinkedUser> lineUsers, Set<String> lists, Set<String> receivedCampaigns) {
        this(customer, lineUsers, lists, receivedCampaigns, List.of());
    }

    /** A click of the customer's on a tracked link of a campaign. */
    public record CampaignClick(String campaignId, Instant at) {
        public CampaignClick {
            Objects.requireNonNull(campaignId, "campaignId");
            Objects.requireNonNull(at, "at");
        }
    }

    public AudienceMember(Customer customer, List<LinkedUser> lineUsers, Set<String> lists) {
        this(customer, lineUsers, lists, Set.of());
    }

    /**
     * One of the customer's LINE identities with what is known of it per account, and the display name of its last
     * fetched LINE profile, if any was.
     */
    public record LinkedUser(
            String provider,
            String lineUserId,
            Map<LineAccountId, SubscriptionStatus> statuses,
            Map<LineAccountId, Consents> consents,
            List<Happening> interactions,
            Optional<String> displayName) {
        public LinkedUser {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(lineUserId, "lineUserId");
            statuses = Map.copyOf(statuses);
            consents = Map.copyOf(consents);
            interactions = List.copyOf(interactions);
            Objects.requireNonNull(displayName, "displayName");
        }

        public LinkedUser(
                String provider,
                String lineUserId,
                Map<LineAccountId, SubscriptionStatus> statuses,
                Map<LineAccountId, Consents> consents,
                List<Happening> interactions) {
            this(provider, lineUserId, statuses, consents, interactions, Optional.empty());
        }

        public SubscriptionStatus status(LineAccountId account) {
            return statuses.getOrDefault(account, SubscriptionStatus.UNKNOWN);
        }
    }

    /** A message or postback the LINE user sent to an account. */
    public record Happening(LineAccountId account, Interaction.Kind kind, Instant at) {}
}
