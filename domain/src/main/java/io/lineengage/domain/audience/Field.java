package io.lineengage.domain.audience;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.interaction.Interaction;
import io.lineengage.domain.subscription.ConsentCategory;
import java.util.Locale;
import java.util.Optional;

/** What a condition looks at: the closed set of filterable fields. */
public sealed interface Field {
    /** The name the filter JSON uses. */
    String name();

    /** What the field holds, which decides the operations it takes. */
    Shape shape();

    enum Shape {
        TEXT,
        NUMBER,
        BOOLEAN,
        DAY,
        MOMENT,
        TAGS,
        STATUS,
        CONSENT,
        IDENTITY,
        LIST,
        INTERACTIONS,
        CAMPAIGN
    }

    /** externalId, name, mobile, email (text), createdAt (a moment), birthday (the DATE attribute "birthday"). */
    record CustomerField(Column column) implements Field {
        public String name() {
            return column.json;
        }

        public Shape shape() {
            return column.shape;
        }
    }

    enum Column {
        EXTERNAL_ID("externalId", Shape.TEXT),
        NAME("name", Shape.TEXT),
        MOBILE("mobile", Shape.TEXT),
        EMAIL("email", Shape.TEXT),
        CREATED_AT("createdAt", Shape.MOMENT),
        BIRTHDAY("birthday", Shape.DAY);

        public final String json;
        public final Shape shape;

        Column(String json, Shape shape) {
            this.json = json;
            this.shape = shape;
        }
    }

    record Attribute(String attribute, AttributeType type) implements Field {
        public String name() {
            return "attributes." + attribute;
        }

        public Shape shape() {
            return switch (type) {
                case STRING -> Shape.TEXT;
                case NUMBER -> Shape.NUMBER;
                case BOOLEAN -> Shape.BOOLEAN;
                case DATE -> Shape.DAY;
            };
        }
    }

    record Tags() implements Field {
        public Shape shape() {
            return Shape.TAGS;
        }

        public String name() {
            return "tags";
        }
    }

    /** The customer's status with an account (whose provider is resolved when parsed): FOLLOWING if any of their LINE users follows it, else BLOCKED if any blocked it, else UNKNOWN. */
    record SubscriptionStatus(LineAccountId account, String provider) implements Field {
        public Shape shape() {
            return Shape.STATUS;
        }

        public String name() {
            return "subscription.status";
        }
    }

    /** Whether any of the customer's LINE users with the account's provider has consent in the category with it. */
    record Consent(ConsentCategory category, LineAccountId account, String provider) implements Field {
        public Shape shape() {
            return Shape.CONSENT;
        }

        public String name() {
            return "consent." + category.name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the customer has a LINE identity: with the account's provider (resolved when parsed), or with any. */
    record LineIdentity(Optional<LineAccountId> account, Optional<String> provider) implements Field {
        public Shape shape() {
            return Shape.IDENTITY;
        }

        public String name() {
            return "lineIdentity";
        }
    }

    /** Membership in an uploaded customer list. */
    record ListMembership() implements Field {
        public Shape shape() {
            return Shape.LIST;
        }

        public String name() {
            return "list";
        }
    }

    /** Messages or postbacks the customer's LINE users sent (to the account, or to any). */
    record Interactions(Interaction.Kind kind, Optional<LineAccountId> account) implements Field {
        public Shape shape() {
            return Shape.INTERACTIONS;
        }

        public String name() {
            return kind == Interaction.Kind.MESSAGE ? "interactions.message" : "interactions.postback";
        }
    }

    /** Whether the customer clicked a tracked link of a campaign, at any time or {@code within} a period back. */
    record ClickedCampaign(Optional<Operand.Back> within) implements Field {
        public Shape shape() {
            return Shape.CAMPAIGN;
        }

        public String name() {
            return "campaigns.clicked";
        }
    }

    /** Whether the customer was sent a campaign: LINE accepted a message of it for them. */
    record ReceivedCampaign() implements Field {
        public Shape shape() {
            return Shape.CAMPAIGN;
        }

        public String name() {
            return "campaigns.received";
        }
    }
}
