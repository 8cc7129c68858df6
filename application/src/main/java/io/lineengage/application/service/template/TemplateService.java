package io.lineengage.application.service.template;

import io.lineengage.application.port.in.customer.CustomersUseCase;
import io.lineengage.application.port.in.customer.LookupUseCase;
import io.lineengage.application.port.in.template.TemplatesUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.LineResult;
import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.line.LineProfile;
import io.lineengage.domain.message.LineMessage;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.Recipient;
import io.lineengage.domain.template.Rendering;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Templates are checked whole on every save: LINE's limits by path, and every label against the org's fields. */
public final class TemplateService implements TemplatesUseCase {
    private final TemplateRepository templates;
    private final TemplateCheck templateCheck;
    private final CustomersUseCase customers;
    private final LookupUseCase lookup;
    private final LineAccountRepository accounts;
    private final LineMessagingPort line;
    private final Clock clock;

    public TemplateService(
            TemplateRepository templates,
            AttributeCatalogue attributes,
            CustomersUseCase customers,
            LookupUseCase lookup,
            LineAccountRepository accounts,
            LineMessagingPort line,
            Clock clock) {
        this.templates = templates;
        this.templateCheck = new TemplateCheck(attributes);
        this.customers = customers;
        this.lookup = lookup;
        this.accounts = accounts;
        this.line = line;
        this.clock = clock;
    }

    @Override
    public Template create(
            OrgId orgId, String name, JsonLike messages, boolean notificationDisabled, boolean trackClicks) {
        Instant now = clock.instant();
        Template template =
                new Template(TemplateId.generate(), orgId, name, messages, notificationDisabled, trackClicks, now, now);
        check(template);
        templates.insert(template);
        return template;
    }

    @Override
    public Template get(OrgId orgId, TemplateId id) {
        return templates.find(orgId, id).orElseThrow(() -> new NotFoundException("template", id.value()));
    }

    @Override
    public Page<Template> list(OrgId orgId, PageRequest page) {
        return templates.list(orgId, page);
    }

    @Override
    public Template update(
            OrgId orgId,
            TemplateId id,
            Optional<String> name,
            Optional<JsonLike> messages,
            Optional<Boolean> notificationDisabled,
            Optional<Boolean> trackClicks) {
        Template current = get(orgId, id);
        Template changed = new Template(
                id,
                orgId,
                name.orElse(current.name()),
                messages.orElse(current.messages()),
                notificationDisabled.orElse(current.notificationDisabled()),
                trackClicks.orElse(current.trackClicks()),
                current.createdAt(),
                clock.instant());
        check(changed);
        if (!templates.update(changed)) {
            throw new NotFoundException("template", id.value());
        }
        return changed;
    }

    @Override
    public void delete(OrgId orgId, TemplateId id) {
        if (!templates.delete(orgId, id)) {
            throw new NotFoundException("template", id.value());
        }
    }

    @Override
    public Preview preview(OrgId orgId, TemplateId id, CustomerId customerId, Optional<LineAccountId> validateWith) {
        Template template = get(orgId, id);
        Optional<LineAccount> account = validateWith.map(accountId -> accounts.find(orgId, accountId)
                .orElseThrow(() -> new NotFoundException("LINE account", accountId.value())));
        Customer customer = customers.get(orgId, customerId);
        Rendering rendering =
                Rendering.of(template.messages(), new Recipient(customer, displayName(orgId, template, customer)));
        Optional<LineValidation> verdict = Optional.empty();
        if (account.isPresent() && rendering instanceof Rendering.Rendered rendered) {
            List<LineMessage> messages = LineMessage.Composed.each(rendered.messages());
            LineResult<LineMessagingPort.Validated> answer =
                    line.validate(account.get().credentials(), LineMessagingPort.SendKind.PUSH, messages);
            verdict = Optional.of(new LineValidation(
                    answer instanceof LineResult.Failure<?> failure
                            ? Optional.of(failure.failure())
                            : Optional.empty()));
        }
        return new Preview(rendering, verdict);
    }

    /** The LINE display name is looked up only for templates that use it. */
    private Optional<String> displayName(OrgId orgId, Template template, Customer customer) {
        if (!template.uses("lineDisplayName")) {
            return Optional.empty();
        }
        return lookup
                .lookup(orgId, new LookupUseCase.Key.ByCustomerId(customer.id().value()))
                .identities()
                .stream()
                .map(LookupUseCase.Identity::profile)
                .flatMap(Optional::stream)
                .map(LineProfile::displayName)
                .findFirst();
    }

    private void check(Template template) {
        templateCheck.check(template.orgId(), template.messages(), "messages");
    }
}
