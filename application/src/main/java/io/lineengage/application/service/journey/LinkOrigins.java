package io.lineengage.application.service.journey;

import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.transactional.TransactionalMessages;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.template.TemplateId;
import io.lineengage.domain.tracking.TrackedLink;
import io.lineengage.domain.transactional.MessageId;
import java.util.Optional;

/** The template a tracked link was sent with: its campaign's, or its transactional message's (none for inline messages). */
public final class LinkOrigins {
    private final CampaignRepository campaigns;
    private final TransactionalMessages messages;

    public LinkOrigins(CampaignRepository campaigns, TransactionalMessages messages) {
        this.campaigns = campaigns;
        this.messages = messages;
    }

    public Optional<String> templateOf(TrackedLink link) {
        Optional<TemplateId> template = switch (link.source()) {
            case CAMPAIGN ->
                campaigns.find(link.orgId(), new CampaignId(link.sourceId())).map(campaign -> campaign.templateId());
            case TRANSACTIONAL ->
                messages.find(link.orgId(), new MessageId(link.sourceId()))
                        .flatMap(message -> message.request().templateId());
            case TEST -> Optional.empty();
        };
        return template.map(TemplateId::value);
    }
}
