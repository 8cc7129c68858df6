package io.lineengage.application.service.template;

import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.template.MessageReader;
import io.lineengage.domain.template.TemplateLabels;

/**
 * Whether LINE message objects may be sent as written: LINE's limits by path, and every label against the org's
 * fields. Templates are checked on every save, a transactional message's own messages on every send.
 */
public final class TemplateCheck {
    private final AttributeCatalogue attributes;

    public TemplateCheck(AttributeCatalogue attributes) {
        this.attributes = attributes;
    }

    /** Every fault at once, each named by its path under {@code path}. */
    public void check(OrgId orgId, JsonLike messages, String path) {
        FieldErrors errors = new FieldErrors();
        try {
            MessageReader.readTemplate(messages, path);
        } catch (ValidationException e) {
            e.errors().forEach(error -> errors.add(error.field(), error.message()));
        }
        TemplateLabels.check(messages, path, attributes.all(orgId).keySet(), errors);
        errors.throwIfAny();
    }
}
