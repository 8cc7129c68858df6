package io.lineengage.application.port.in.campaign;

import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.FrequencyCap;
import io.lineengage.domain.campaign.QuietHours;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.template.TemplateId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A campaign as its author writes it; every missing or malformed field is reported at once, by name. */
public record CreateCampaignCommand(
        String name,
        TemplateId templateId,
        AudienceId audienceId,
        PriorityClass priority,
        List<GatewayId> gatewayIds,
        Optional<Instant> scheduleAt,
        Optional<QuietHours> quietHours,
        Optional<FrequencyCap> frequencyCap) {
    public CreateCampaignCommand {
        FieldErrors errors = new FieldErrors();
        errors.requireText(name, "name", Campaign.NAME_MAX_LENGTH);
        errors.check(templateId == null, "templateId", "is required");
        errors.check(audienceId == null, "audienceId", "is required");
        errors.check(priority == null, "priority", "is required: BULK or TRANSACTIONAL");
        errors.throwIfAny();
        gatewayIds = gatewayIds == null ? List.of() : List.copyOf(gatewayIds);
        scheduleAt = scheduleAt == null ? Optional.empty() : scheduleAt;
        quietHours = quietHours == null ? Optional.empty() : quietHours;
        frequencyCap = frequencyCap == null ? Optional.empty() : frequencyCap;
    }
}
