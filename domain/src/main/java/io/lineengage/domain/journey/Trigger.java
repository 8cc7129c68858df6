package io.lineengage.domain.journey;

import java.util.List;
import java.util.Objects;

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

    /** The customer clicked a tracked link sent by this campaign. */
    record Click(String campaignId) implements Trigger {
        public Click {
            Objects.requireNonNull(campaignId, "campaignId");
        }

        @Override
        public String kind() {
            return "click";
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
