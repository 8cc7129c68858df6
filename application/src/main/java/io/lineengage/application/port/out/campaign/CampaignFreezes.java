package io.lineengage.application.port.out.campaign;

import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where each launched campaign's audience freeze stands. The audience is walked in customer-ID order and written into
 * the ledger a window at a time, each window committed together with the ID it reached: senders start on the first
 * window, and a freeze cut short by a crash or a pause goes on after the last committed window, claimed by one runner
 * at a time with a lease that runs out, as batches are.
 */
public interface CampaignFreezes {
    /** A campaign whose freeze goes on after {@code after} (empty: from the first customer). */
    record Front(OrgId orgId, CampaignId campaignId, Optional<CustomerId> after) {}

    /**
     * Records, in the unit of work that wrote the window, that the freeze reached {@code reached}; empty: the audience
     * is all in the ledger and the freeze is over. Whoever had it claimed keeps the claim.
     */
    void reached(CampaignId campaignId, Optional<CustomerId> reached);

    /** Claims an unfinished freeze of a RUNNING campaign nobody holds (or whose holder's lease ran out). */
    Optional<Front> claim(String runner, Instant now, Duration lease);

    /**
     * Before the next window, in its unit of work: true, with the lease extended to {@code until}, when the campaign
     * is still RUNNING and its freeze still claimed by {@code runner}; the campaign is locked until the window commits,
     * so a pause or cancel waits for it and no window is written after one.
     */
    boolean renew(CampaignId campaignId, String runner, Instant until);

    /** Gives up {@code runner}'s claim (the campaign was paused or cancelled): a RUNNING campaign's is taken again. */
    void release(CampaignId campaignId, String runner);

    /** Whether the campaign's audience is still being frozen. */
    boolean freezing(CampaignId campaignId);
}
