package io.lineengage.application.service.audience;

import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.audience.CustomerListRepository;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.audience.FieldCatalogue;
import io.lineengage.domain.org.OrgId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads what an org's filters may name, as it is now. */
public final class FilterCatalogues {
    private final AttributeCatalogue attributes;
    private final LineAccountRepository accounts;
    private final CustomerListRepository lists;
    private final CampaignRepository campaigns;

    public FilterCatalogues(AttributeCatalogue attributes, LineAccountRepository accounts, CustomerListRepository lists,
                            CampaignRepository campaigns) {
        this.attributes = attributes;
        this.accounts = accounts;
        this.lists = lists;
        this.campaigns = campaigns;
    }

    public FieldCatalogue of(OrgId orgId) {
        Map<LineAccountId, String> providers = new LinkedHashMap<>();
        for (LineAccount account : accounts.all(orgId)) {
            providers.put(account.id(), account.providerName());
        }
        return new FieldCatalogue(attributes.all(orgId), providers, lists.ids(orgId), campaigns.ids(orgId));
    }
}
