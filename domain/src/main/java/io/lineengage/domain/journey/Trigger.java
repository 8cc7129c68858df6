package io.lineengage.domain.journey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What starts a journey for a customer. */
public sealed interface Trigger {
    /** The kind, as written and as journeys are found by: follow, keyword, postback. */
    String kind();

    /** The user followed the account (and, with {@code unblocks}, unblocked it too). */
    record Follow(boolean unblocks) implements Trigger {
        @Override
        public String kind() {
            return "follow";
        }
    }

    /** The user sent a text that is ({@code exact}) or holds one of the keywords. */
    record Keyword(List<String> keywords, boolean exact) implements Trigger {
        public Keyword {
            keywords = List.copyOf(keywords);
        }

        public boolean matches(String text) {
            return Keywords.matches(text, keywords, exact);
        }

        @Override
        public String kind() {
            return "keyword";
        }
    }

    /**
     * The customer clicked a tracked link sent by this campaign, or by any campaign or transactional message of this
     * template: exactly one of the two is given.
     */
    record Click(Optional<String> campaignId, Optional<String> templateId) implements Trigger {
        public Click {
            Objects.requireNonNull(campaignId, "campaignId");
            Objects.requireNonNull(templateId, "templateId");
            if (campaignId.isPresent() == templateId.isPresent()) {
                throw new IllegalArgumentException("a click trigger names a campaign or a template");
            }
        }

        public static Click ofCampaign(String campaignId) {
            return new Click(Optional.of(campaignId), Optional.empty());
        }

        public static Click ofTemplate(String templateId) {
            return new Click(Optional.empty(), Optional.of(templateId));
        }

        /** Whether a link sent by this campaign, of this template (if it had one), starts the journey. */
        public boolean startedBy(Optional<String> linkCampaign, Optional<String> linkTemplate) {
            return campaignId.isPresent() ? campaignId.equals(linkCampaign) : templateId.equals(linkTemplate);
        }

        @Override
        public String kind() {
            return "click";
        }
    }

    /**
     * Every day at {@code hour} in the org's time zone, the customers whose DATE attribute falls on that day of the year
     * (a birthday, an anniversary).
     */
    record Date(String attribute, int hour) implements Trigger {
        public Date {
            Objects.requireNonNull(attribute, "attribute");
            if (hour < 0 || hour > 23) {
                throw new IllegalArgumentException("an hour of the day is 0 to 23");
            }
        }

        @Override
        public String kind() {
            return "date";
        }
    }

    /** The user tapped a postback action with exactly this data. */
    record Postback(String data) implements Trigger {
        public Postback {
            Objects.requireNonNull(data, "data");
        }

        @Override
        public String kind() {
            return "postback";
        }
    }
}
