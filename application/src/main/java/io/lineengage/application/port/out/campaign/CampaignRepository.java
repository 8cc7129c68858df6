package io.lineengage.application.port.out.campaign;

import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface CampaignRepository {
    void insert(Campaign campaign);

    Optional<Campaign> find(OrgId orgId, CampaignId id);

    /** The org's campaigns, newest first, of one status if given. */
    Page<Campaign> list(OrgId orgId, Optional<CampaignStatus> status, PageRequest page);

    /** Moves the campaign from {@code from} to {@code to}; false when it was no longer at {@code from}. */
    boolean transition(OrgId orgId, CampaignId id, CampaignStatus from, CampaignStatus to, Instant at);

    /** The IDs of all the org's campaigns (the filter catalogue). */
    Set<String> ids(OrgId orgId);

    /** SCHEDULED campaigns whose time has come ({@code scheduleAt} at or before {@code now}), of every org. */
    List<Campaign> scheduledDue(Instant now);

    /** RUNNING campaigns with nothing left to send: ready to be COMPLETED. */
    List<Campaign> runningWithNothingPending();

    /** Tells the campaign's author something about its sending; the same note is kept once. */
    void note(CampaignId id, String note, Instant at);

    /** The campaign's notes, oldest first. */
    List<String> notes(CampaignId id);
}
