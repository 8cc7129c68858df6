package io.lineengage.application.port.in.audience;

import io.lineengage.domain.audience.Audience;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.audience.Op;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Saved audiences and live previews of filters. Filters are checked against the org's catalogue when saved. */
public interface AudiencesUseCase {
    int DEFAULT_SAMPLE = 10;
    int MAX_SAMPLE = 100;

    Audience create(OrgId orgId, String name, JsonLike filter);

    Audience get(OrgId orgId, AudienceId id);

    Page<Audience> list(OrgId orgId, PageRequest page);

    /** Changes the name, the filter, or both. */
    Audience update(OrgId orgId, AudienceId id, Optional<String> name, Optional<JsonLike> filter);

    void delete(OrgId orgId, AudienceId id);

    /** The exact count and the first {@code sampleSize} customers a filter selects now. */
    Preview preview(OrgId orgId, JsonLike filter, int sampleSize);

    Preview preview(OrgId orgId, AudienceId id, int sampleSize);

    /** Everything a filter can name for this org. */
    List<FilterField> fields(OrgId orgId);

    record Preview(long count, List<Customer> sample, Instant evaluatedAt) {}

    /**
     * A filterable field: its name, the type of its value, the operations it takes, whether it takes (or needs) an
     * {@code account}, and its allowed values when they are a closed set.
     */
    record FilterField(String field, String type, Set<Op> ops, AccountUse account, List<String> values) {}

    enum AccountUse {
        NONE,
        OPTIONAL,
        REQUIRED
    }
}
