package io.lineengage.adapters.console.view;

import java.util.List;

/** A member's page: who they are, their LINE identities and, per account, status and consents. */
public record Member(
        String id,
        String kind,
        String externalId,
        String name,
        String mobile,
        String email,
        String attributes,
        String tags,
        List<Identity> identities) {
    public record Identity(
            String lineUserId, String displayName, String pictureUrl, List<Subscription> subscriptions) {}

    public record Subscription(
            String accountId,
            String accountName,
            String status,
            String since,
            boolean promotional,
            boolean transactional) {}
}
