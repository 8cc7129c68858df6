package io.lineengage.application.service.campaign.planted;

import io.lineengage.application.port.out.line.NotificationMessageSender;

/** Planted violation: a campaign reaching for LINE notification messages, which must never carry advertising. */
public class CampaignSendingByPhone {
    private final NotificationMessageSender phones;

    public CampaignSendingByPhone(NotificationMessageSender phones) {
        this.phones = phones;
    }

    public NotificationMessageSender phones() {
        return phones;
    }
}
