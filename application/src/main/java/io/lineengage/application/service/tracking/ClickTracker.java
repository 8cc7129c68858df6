package io.lineengage.application.service.tracking;

import io.lineengage.application.port.out.tracking.TrackedLinks;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.tracking.LinkRewriting;
import io.lineengage.domain.tracking.TrackedLink;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Makes a recipient's rendered messages carry links of ours, {@code {publicUrl}/c/{token}}: each token is 128 random
 * bits (unguessable, and nothing about the customer or the URL), kept with the URL it stands for.
 */
public final class ClickTracker {
    private static final int TOKEN_BYTES = 16;
    /** A token's length in the link: 16 random bytes in unpadded base64url. */
    static final int TOKEN_LENGTH = (TOKEN_BYTES * 8 + 5) / 6;

    private static final Base64.Encoder TOKENS = Base64.getUrlEncoder().withoutPadding();

    private final String linkBase;
    private final TrackedLinks links;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public ClickTracker(URI publicUrl, TrackedLinks links, Clock clock) {
        String base = publicUrl.toString();
        this.linkBase = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/c/";
        this.links = links;
        this.clock = clock;
    }

    /** Stores links; done before the messages that carry them can be sent. */
    public void keep(List<TrackedLink> tracked) {
        links.saveAll(tracked);
    }

    /** The messages with tracked links, and the links to store before they are sent. */
    public record Tracked(JsonLike messages, List<TrackedLink> links) {
        public Tracked {
            links = List.copyOf(links);
        }
    }

    public Tracked track(
            JsonLike messages, OrgId orgId, TrackedLink.Source source, String sourceId, CustomerId customerId) {
        Instant now = clock.instant();
        List<TrackedLink> made = new ArrayList<>();
        JsonLike rewritten = LinkRewriting.rewrite(messages, url -> {
            String token = token();
            made.add(new TrackedLink(token, orgId, source, sourceId, customerId, url, now));
            return linkBase + token;
        });
        return new Tracked(rewritten, made);
    }

    private String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return TOKENS.encodeToString(bytes);
    }
}
