package io.lineengage.application.service.customer;

import io.lineengage.application.port.in.customer.LineIdentitiesUseCase;
import io.lineengage.application.port.in.subscription.ChangeConsentCommand;
import io.lineengage.application.port.in.subscription.ChangeConsentUseCase;
import io.lineengage.application.port.in.subscription.LineUserIds;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.customer.CustomerConsents;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.customer.PhoneNumbers;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.identity.LineIdentity;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Links LINE users to customers, merging LINE-only profiles, and takes a customer's consent decisions. */
public final class LineIdentityService implements LineIdentitiesUseCase {
    private final CustomerRepository customers;
    private final LineIdentityRepository identities;
    private final LineAccountRepository accounts;
    private final ChangeConsentUseCase consents;
    private final CustomerConsents customerConsents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    private final PhoneNumbers phones;
    private final LineUserProfiles profiles;

    public LineIdentityService(
            CustomerRepository customers,
            LineIdentityRepository identities,
            LineAccountRepository accounts,
            ChangeConsentUseCase consents,
            CustomerConsents customerConsents,
            PhoneNumbers phones,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.phones = phones;
        this.profiles = new LineUserProfiles(customers, identities);
        this.customers = customers;
        this.identities = identities;
        this.accounts = accounts;
        this.consents = consents;
        this.customerConsents = customerConsents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Customer link(OrgId orgId, CustomerId customerId, LineAccountId accountId, String lineUserId) {
        FieldErrors errors = new FieldErrors();
        LineUserIds.check(lineUserId, "lineUserId", errors);
        errors.throwIfAny();
        LineAccount account = accounts.find(orgId, accountId)
                .orElseThrow(() -> new NotFoundException("LINE account", accountId.value()));
        return unitOfWork.inTransaction(() -> {
            Customer customer = customers
                    .find(orgId, customerId)
                    .orElseThrow(() -> new NotFoundException("customer", customerId.value()));
            Optional<LineIdentity> existing = identities.find(orgId, account.providerName(), lineUserId);
            if (existing.isEmpty()) {
                if (identities
                        .linkAll(List.of(new LineIdentity(
                                orgId, account.providerName(), lineUserId, customerId, clock.instant())))
                        .isEmpty()) {
                    throw new ConflictException("LINE user " + lineUserId + " was linked by someone else just now");
                }
                return customer;
            }
            CustomerId holder = existing.get().customerId();
            if (holder.equals(customerId)) {
                return customer;
            }
            Customer other = customers.find(orgId, holder).orElseThrow();
            if (other.kind() != CustomerKind.LINE_ONLY) {
                throw new ConflictException(
                        "LINE user " + lineUserId + " is linked to customer " + holder + "; unlink it there first");
            }
            // The LINE-only profile merges into the customer: its identities (and with them the subscriptions,
            // consents and interactions, which are kept per LINE user) move; what the customer lacks is taken over.
            identities.moveAll(orgId, holder, customerId);
            Customer merged = new Customer(
                    customer.id(),
                    orgId,
                    customer.externalId(),
                    customer.name().or(other::name),
                    customer.mobile().or(other::mobile),
                    customer.email().or(other::email),
                    customer.attributes(),
                    customer.tags(),
                    customer.kind(),
                    customer.createdAt(),
                    clock.instant());
            customers.saveAll(List.of(merged));
            customers.merge(orgId, holder, customerId);
            return merged;
        });
    }

    @Override
    public Registered register(
            OrgId orgId,
            LineAccountId accountId,
            String lineUserId,
            Optional<String> name,
            Optional<String> mobileWritten,
            Optional<String> email) {
        FieldErrors errors = new FieldErrors();
        LineUserIds.check(lineUserId, "lineUserId", errors);
        Optional<String> mobile = mobileWritten.filter(text -> !text.isBlank()).flatMap(phones::toE164);
        errors.check(
                mobileWritten.filter(text -> !text.isBlank()).isPresent() && mobile.isEmpty(),
                "mobile",
                "is not a valid phone number");
        Optional<String> mail =
                email.map(String::strip).filter(text -> !text.isEmpty()).map(text -> text.toLowerCase(Locale.ROOT));
        errors.check(
                mail.isPresent() && !mail.get().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "email",
                "is not an email address");
        errors.check(mobile.isEmpty() && mail.isEmpty(), "mobile", "give a mobile or an email to match on");
        errors.throwIfAny();
        LineAccount account = accounts.find(orgId, accountId)
                .orElseThrow(() -> new NotFoundException("LINE account", accountId.value()));
        return unitOfWork.inTransaction(() -> {
            Map<CustomerId, Customer> matches = new LinkedHashMap<>();
            mobile.ifPresent(m -> customers.findByMobile(orgId, m).forEach(c -> matches.put(c.id(), c)));
            mail.ifPresent(m -> customers.findByEmail(orgId, m).forEach(c -> matches.put(c.id(), c)));
            List<Customer> regular = matches.values().stream()
                    .filter(c -> c.kind() == CustomerKind.REGULAR)
                    .toList();
            if (regular.size() == 1) {
                return new Registered(link(orgId, regular.get(0).id(), accountId, lineUserId), true);
            }
            // No single customer to link to: keep what the user entered on their LINE-only profile.
            profiles.ensureCustomers(orgId, account.providerName(), List.of(lineUserId), clock.instant());
            CustomerId holder = identities
                    .find(orgId, account.providerName(), lineUserId)
                    .orElseThrow()
                    .customerId();
            Customer current = customers.find(orgId, holder).orElseThrow();
            Customer updated = new Customer(
                    current.id(),
                    orgId,
                    current.externalId(),
                    current.name().or(() -> name),
                    current.mobile().or(() -> mobile),
                    current.email().or(() -> mail),
                    current.attributes(),
                    current.tags(),
                    current.kind(),
                    current.createdAt(),
                    clock.instant());
            customers.saveAll(List.of(updated));
            return new Registered(updated, false);
        });
    }

    @Override
    public void changeConsent(
            OrgId orgId, CustomerId customerId, LineAccountId accountId, ConsentCategory category, boolean optedIn) {
        LineAccount account = accounts.find(orgId, accountId)
                .orElseThrow(() -> new NotFoundException("LINE account", accountId.value()));
        customers.find(orgId, customerId).orElseThrow(() -> new NotFoundException("customer", customerId.value()));
        List<LineIdentity> linked = identities.ofCustomer(orgId, customerId).stream()
                .filter(identity -> identity.provider().equals(account.providerName()))
                .toList();
        if (linked.isEmpty()) {
            // Kept for the customer: it governs LINE notification messages to their phone number.
            customerConsents.change(orgId, customerId, accountId, category, optedIn, "customer-api", clock.instant());
            return;
        }
        for (LineIdentity identity : linked) {
            consents.change(new ChangeConsentCommand(
                    orgId, accountId, identity.lineUserId(), category, optedIn, "customer-api"));
        }
    }
}
