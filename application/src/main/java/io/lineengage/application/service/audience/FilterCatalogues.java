package io.lineengage.application.service.audience;

import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.audience.CustomerListRepository;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.domain.audience.FieldCatalogue;
import io.lineengage.domain.org.OrgId;

/** Reads what an org's filters may name, as it is now. */
public final class FilterCatalogues {
    private final AttributeCatalogue attributes;
    private final LineAccountRepository accounts;
    private final CustomerListRepository lists;
    private final CampaignRepository campaigns;

    public FilterCatalogues(
            AttributeCatalogue attributes,
            LineAccountRepository accounts,
            CustomerListRepository lists,
            CampaignRepository campaigns) {
        this.attributes = attributes;
        this.accounts = accounts;
        this.lists = lists;
        this.campaigns = campaigns;
    }

    public FieldCatalogue of(OrgId orgId) {
        return new FieldCatalogue(
                attributes.all(orgId), accounts.providers(orgId), lists.ids(orgId), campaigns.ids(orgId));
    }
}
