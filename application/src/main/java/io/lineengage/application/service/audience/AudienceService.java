package io.lineengage.application.service.audience;

import io.lineengage.application.port.in.audience.AudiencesUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.audience.AudienceRepository;
import io.lineengage.application.port.out.audience.CustomerListRepository;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.audience.Audience;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.audience.EvaluationTime;
import io.lineengage.domain.audience.Field;
import io.lineengage.domain.audience.FieldCatalogue;
import io.lineengage.domain.audience.Filter;
import io.lineengage.domain.audience.FilterParser;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Saved audiences and live previews: every filter is parsed against the org's catalogue as it is now. */
public final class AudienceService implements AudiencesUseCase {
    private final AudienceRepository audiences;
    private final AudienceQuery query;
    private final OrgRepository orgs;
    private final FilterCatalogues catalogues;
    private final Clock clock;

    public AudienceService(
            AudienceRepository audiences,
            AudienceQuery query,
            OrgRepository orgs,
            AttributeCatalogue attributes,
            LineAccountRepository accounts,
            CustomerListRepository lists,
            CampaignRepository campaigns,
            Clock clock) {
        this.audiences = audiences;
        this.query = query;
        this.orgs = orgs;
        this.catalogues = new FilterCatalogues(attributes, accounts, lists, campaigns);
        this.clock = clock;
    }

    @Override
    public Audience create(OrgId orgId, String name, JsonLike filter) {
        FilterParser.parse(filter, "filter", catalogues.of(orgId));
        Instant now = clock.instant();
        Audience audience = new Audience(AudienceId.generate(), orgId, name, filter, now, now);
        audiences.insert(audience);
        return audience;
    }

    @Override
    public Audience get(OrgId orgId, AudienceId id) {
        return audiences.find(orgId, id).orElseThrow(() -> new NotFoundException("audience", id.value()));
    }

    @Override
    public Page<Audience> list(OrgId orgId, PageRequest page) {
        return audiences.list(orgId, page);
    }

    @Override
    public Audience update(OrgId orgId, AudienceId id, Optional<String> name, Optional<JsonLike> filter) {
        Audience current = get(orgId, id);
        filter.ifPresent(json -> FilterParser.parse(json, "filter", catalogues.of(orgId)));
        Audience changed = new Audience(
                id,
                orgId,
                name.orElse(current.name()),
                filter.orElse(current.filter()),
                current.createdAt(),
                clock.instant());
        if (!audiences.update(changed)) {
            throw new NotFoundException("audience", id.value());
        }
        return changed;
    }

    @Override
    public void delete(OrgId orgId, AudienceId id) {
        if (!audiences.delete(orgId, id)) {
            throw new NotFoundException("audience", id.value());
        }
    }

    @Override
    public Preview preview(OrgId orgId, JsonLike filter, int sampleSize) {
        if (sampleSize < 0 || sampleSize > MAX_SAMPLE) {
            throw ValidationException.of("sampleSize", "must be from 0 to " + MAX_SAMPLE);
        }
        FieldCatalogue catalogue = catalogues.of(orgId);
        Filter parsed = FilterParser.parse(filter, "filter", catalogue);
        Org org = orgs.findById(orgId).orElseThrow(() -> new NotFoundException("org", orgId.value()));
        EvaluationTime time = new EvaluationTime(clock.instant(), org.timeZone());
        long count = query.count(orgId, parsed, time);
        return new Preview(
                count,
                sampleSize == 0 || count == 0
                        ? List.of()
                        : query.sample(orgId, parsed, time, sampleSize, catalogue.attributes()),
                time.now());
    }

    @Override
    public Preview preview(OrgId orgId, AudienceId id, int sampleSize) {
        return preview(orgId, get(orgId, id).filter(), sampleSize);
    }

    @Override
    public List<FilterField> fields(OrgId orgId) {
        FieldCatalogue catalogue = catalogues.of(orgId);
        List<FilterField> fields = new ArrayList<>();
        for (Field.Column column : Field.Column.values()) {
            fields.add(field(column.json, column.shape, AccountUse.NONE, List.of()));
        }
        for (Map.Entry<String, AttributeType> attribute : new TreeMap<>(catalogue.attributes()).entrySet()) {
            Field.Attribute field = new Field.Attribute(attribute.getKey(), attribute.getValue());
            fields.add(field(field.name(), field.shape(), AccountUse.NONE, List.of()));
        }
        fields.add(field("tags", Field.Shape.TAGS, AccountUse.NONE, List.of()));
        fields.add(field(
                "subscription.status",
                Field.Shape.STATUS,
                AccountUse.REQUIRED,
                List.of("FOLLOWING", "BLOCKED", "UNKNOWN")));
        fields.add(field("consent.promotional", Field.Shape.CONSENT, AccountUse.REQUIRED, List.of()));
        fields.add(field("consent.transactional", Field.Shape.CONSENT, AccountUse.REQUIRED, List.of()));
        fields.add(field("lineIdentity", Field.Shape.IDENTITY, AccountUse.OPTIONAL, List.of()));
        fields.add(field(
                "list",
                Field.Shape.LIST,
                AccountUse.NONE,
                catalogue.lists().stream().sorted().toList()));
        fields.add(field(
                "campaigns.received",
                Field.Shape.CAMPAIGN,
                AccountUse.NONE,
                catalogue.campaigns().stream().sorted().toList()));
        // Takes "within": a period back from now, as interactions' op within does.
        fields.add(field(
                "campaigns.clicked",
                Field.Shape.CAMPAIGN,
                AccountUse.NONE,
                catalogue.campaigns().stream().sorted().toList()));
        fields.add(field("interactions.message", Field.Shape.INTERACTIONS, AccountUse.OPTIONAL, List.of()));
        fields.add(field("interactions.postback", Field.Shape.INTERACTIONS, AccountUse.OPTIONAL, List.of()));
        return fields;
    }

    private static FilterField field(String name, Field.Shape shape, AccountUse account, List<String> values) {
        String type = switch (shape) {
            case TEXT -> "STRING";
            case NUMBER -> "NUMBER";
            case BOOLEAN, CONSENT, IDENTITY -> "BOOLEAN";
            case DAY -> "DATE";
            case MOMENT -> "TIMESTAMP";
            case TAGS -> "TAGS";
            case STATUS -> "SUBSCRIPTION_STATUS";
            case LIST -> "LIST_ID";
            case CAMPAIGN -> "CAMPAIGN_ID";
            case INTERACTIONS -> "PERIOD";
        };
        return new FilterField(name, type, FilterParser.allowed(shape), account, values);
    }
}
