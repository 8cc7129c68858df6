package io.lineengage.application.service.campaign;

import io.lineengage.application.port.in.campaign.CampaignProgress;
import io.lineengage.application.port.in.campaign.MoveCampaignUseCase;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.CampaignSignal;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.OrgId;
import java.time.Clock;
import java.time.Instant;

/** Pause, resume and cancel, by the lifecycle's rules ({@link Campaign}); the ledger's waiting batches follow. */
public final class CampaignMovesService implements MoveCampaignUseCase {
    private final CampaignRepository campaigns;
    private final DeliveryLedger ledger;
    private final UnitOfWork unitOfWork;
    private final CampaignSignal launched;
    private final CampaignProgressService progress;
    private final Clock clock;

    public CampaignMovesService(
            CampaignRepository campaigns,
            DeliveryLedger ledger,
            UnitOfWork unitOfWork,
            CampaignSignal launched,
            CampaignProgressService progress,
            Clock clock) {
        this.campaigns = campaigns;
        this.ledger = ledger;
        this.unitOfWork = unitOfWork;
        this.launched = launched;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public CampaignProgress pause(OrgId orgId, CampaignId id) {
        return move(progress.find(orgId, id), CampaignStatus.PAUSED);
    }

    @Override
    public CampaignProgress resume(OrgId orgId, CampaignId id) {
        Campaign campaign = progress.find(orgId, id);
        CampaignProgress resumed = move(campaign, campaign.resumeTarget());
        launched.campaignReady();
        return resumed;
    }

    @Override
    public CampaignProgress cancel(OrgId orgId, CampaignId id) {
        return move(progress.find(orgId, id), CampaignStatus.CANCELLED);
    }

    private CampaignProgress move(Campaign campaign, CampaignStatus to) {
        campaign.checkCanBecome(to);
        Instant now = clock.instant();
        boolean moved = unitOfWork.inTransaction(() -> {
            if (!campaigns.transition(campaign.orgId(), campaign.id(), campaign.status(), to, now)) {
                return false;
            }
            // The waiting batches of a campaign that stops running are held out of the senders' way, so that claims
            // do not walk past them; they are due again when it runs again.
            if (to == CampaignStatus.PAUSED || to == CampaignStatus.CANCELLED) {
                ledger.hold(campaign.id());
            } else if (to == CampaignStatus.RUNNING) {
                ledger.release(campaign.id(), now);
            }
            return true;
        });
        if (!moved) {
            throw new ConflictException("the campaign is no longer " + campaign.status() + ": it changed meanwhile");
        }
        return progress.get(campaign.orgId(), campaign.id());
    }
}
