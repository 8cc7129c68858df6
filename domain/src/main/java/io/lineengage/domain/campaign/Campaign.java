package io.lineengage.domain.campaign;

import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.template.TemplateId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A template sent to an audience through gateways of one priority class (its chosen ones, or the org's defaults of
 * that class when it names none), now or at {@code scheduleAt}, never during its quiet hours (in the org's time
 * zone). {@code launchedAt} is when its audience was frozen.
 */
public record Campaign(
        CampaignId id,
        OrgId orgId,
        String name,
        TemplateId templateId,
        AudienceId audienceId,
        PriorityClass priority,
        List<GatewayId> gatewayIds,
        Optional<Instant> scheduleAt,
        Optional<QuietHours> quietHours,
        Optional<FrequencyCap> frequencyCap,
        CampaignStatus status,
        Instant createdAt,
        Optional<Instant> launchedAt,
        Optional<Instant> finishedAt) {
    public static final int NAME_MAX_LENGTH = 200;

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(audienceId, "audienceId");
        Objects.requireNonNull(priority, "priority");
        gatewayIds = List.copyOf(gatewayIds);
        scheduleAt = scheduleAt == null ? Optional.empty() : scheduleAt;
        quietHours = quietHours == null ? Optional.empty() : quietHours;
        frequencyCap = frequencyCap == null ? Optional.empty() : frequencyCap;
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        launchedAt = launchedAt == null ? Optional.empty() : launchedAt;
        finishedAt = finishedAt == null ? Optional.empty() : finishedAt;
        new FieldErrors().requireText(name, "name", NAME_MAX_LENGTH).throwIfAny();
    }

    /**
     * Where launching takes this campaign {@code now}: SCHEDULED while its time is ahead, else RUNNING (its audience
     * frozen). Only a DRAFT is launched.
     */
    public CampaignStatus launchTarget(Instant now) {
        if (status != CampaignStatus.DRAFT) {
            throw new ConflictException("the campaign is " + status + "; only a DRAFT is launched");
        }
        return scheduleAt.filter(at -> at.isAfter(now)).isPresent() ? CampaignStatus.SCHEDULED : CampaignStatus.RUNNING;
    }

    /** Where resuming takes this PAUSED campaign: back to waiting for its time if it was never frozen, else RUNNING. */
    public CampaignStatus resumeTarget() {
        if (status != CampaignStatus.PAUSED) {
            throw new ConflictException("the campaign is " + status + "; only a PAUSED one resumes");
        }
        return launchedAt.isEmpty() ? CampaignStatus.SCHEDULED : CampaignStatus.RUNNING;
    }

    /** Refuses a move the lifecycle does not allow ({@link CampaignStatus#next()}). */
    public void checkCanBecome(CampaignStatus to) {
        if (!status.canBecome(to)) {
            throw new ConflictException("the campaign is " + status + " and cannot become " + to);
        }
    }

    /** The consent a recipient needs: promotional for BULK campaigns, transactional otherwise. */
    public ConsentCategory consentCategory() {
        return priority == PriorityClass.BULK ? ConsentCategory.PROMOTIONAL : ConsentCategory.TRANSACTIONAL;
    }
}
