package io.lineengage.application.port.in.template;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.Rendering;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.util.Optional;

/** Message templates, checked against LINE's limits and the org's labels when saved; previews per customer. */
public interface TemplatesUseCase {
    Template create(OrgId orgId, String name, JsonLike messages, boolean notificationDisabled, boolean trackClicks);

    Template get(OrgId orgId, TemplateId id);

    Page<Template> list(OrgId orgId, PageRequest page);

    /** Changes what is given; the result is checked as a whole. */
    Template update(
            OrgId orgId,
            TemplateId id,
            Optional<String> name,
            Optional<JsonLike> messages,
            Optional<Boolean> notificationDisabled,
            Optional<Boolean> trackClicks);

    void delete(OrgId orgId, TemplateId id);

    /**
     * The messages exactly as they would be sent to the customer (or why the customer would be skipped); with
     * {@code validateWith}, LINE's own validation of them through that account.
     */
    Preview preview(OrgId orgId, TemplateId id, CustomerId customerId, Optional<LineAccountId> validateWith);

    record Preview(Rendering rendering, Optional<LineValidation> line) {}

    /** LINE's verdict: accepted, or the failure it answered with. */
    record LineValidation(Optional<LineFailure> failure) {
        public boolean ok() {
            return failure.isEmpty();
        }
    }
}
