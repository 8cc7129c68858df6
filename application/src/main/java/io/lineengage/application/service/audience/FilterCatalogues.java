package io.lineengage.application.service.audience;

import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.audience.CustomerListRepository;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.audience.FieldCatalogue;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.org.OrgId;
import java.util.Map;

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

    /**
     * What planning one recipient needs: the attributes to read and the accounts' providers. Half the reads of
     * {@link #of}, for a transactional message, which names no list or campaign and is answered while the caller waits.
     */
    public record RecipientFields(Map<String, AttributeType> attributes, Map<LineAccountId, String> providers) {
        public RecipientFields {
            attributes = Map.copyOf(attributes);
            providers = Map.copyOf(providers);
        }
    }

    public RecipientFields recipientFields(OrgId orgId) {
        return new RecipientFields(attributes.all(orgId), accounts.providers(orgId));
    }
}
