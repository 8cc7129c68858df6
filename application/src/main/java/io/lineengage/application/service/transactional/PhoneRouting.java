package io.lineengage.application.service.transactional;

import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.customer.CustomerConsents;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.audience.AudienceMember;
import io.lineengage.domain.campaign.SkipReason;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.WeightedDraw;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.template.Recipient;
import io.lineengage.domain.template.Rendering;
import io.lineengage.domain.template.Template;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The way to a customer no TRANSACTIONAL gateway reaches by LINE user ID: a LINE notification message to their mobile
 * number, through a usable TRANSACTIONAL gateway whose account is enabled for notification messages (drawn by weight).
 * The user agreed to notification messages inside LINE; a TRANSACTIONAL opt-out the brand recorded with that account
 * (for the customer, or for any of their LINE identities) still stops it.
 */
public final class PhoneRouting {
    private final LineAccountRepository accounts;
    private final CustomerConsents customerConsents;
    private final RandomGenerator random;

    public PhoneRouting(LineAccountRepository accounts, CustomerConsents customerConsents, RandomGenerator random) {
        this.accounts = accounts;
        this.customerConsents = customerConsents;
        this.random = random;
    }

    /** How a notification message would go, or why it does not. */
    sealed interface PhonePlan {
        record ByPhone(Gateway gateway, String e164, Optional<JsonLike> rendered) implements PhonePlan {}

        record Skipped(SkipReason reason, String detail) implements PhonePlan {}

        /** No mobile number, or no gateway that sends notification messages: the LINE-user skip stands. */
        record NotReachable() implements PhonePlan {}
    }

    PhonePlan plan(OrgId orgId, AudienceMember member, Template template, List<Gateway> usable) {
        Optional<String> mobile = member.customer().mobile();
        if (mobile.isEmpty()) {
            return new PhonePlan.NotReachable();
        }
        List<Gateway> enabled = usable.stream()
                .filter(gateway -> accounts.find(orgId, gateway.accountId())
                        .filter(LineAccount::isActive)
                        .map(LineAccount::notificationMessages)
                        .orElse(false))
                .toList();
        if (enabled.isEmpty()) {
            return new PhonePlan.NotReachable();
        }
        List<Gateway> consenting = enabled.stream()
                .filter(gateway -> !optedOut(orgId, member, gateway.accountId()))
                .toList();
        if (consenting.isEmpty()) {
            return new PhonePlan.Skipped(
                    SkipReason.NO_CONSENT,
                    "opted out of TRANSACTIONAL messages with "
                            + enabled.stream()
                                    .map(gateway -> gateway.accountId().value())
                                    .sorted()
                                    .collect(Collectors.joining(", ")));
        }
        Set<LineAccountId> reachable =
                consenting.stream().map(Gateway::accountId).collect(Collectors.toSet());
        Gateway gateway = new WeightedDraw(consenting, random).peek(reachable).orElseThrow();
        Optional<JsonLike> rendered = Optional.empty();
        if (template.personalized()) {
            // No LINE profile is known by phone number: a template that needs the LINE name skips.
            Rendering rendering = Rendering.of(template.messages(), new Recipient(member.customer(), Optional.empty()));
            if (rendering instanceof Rendering.Skipped skipped) {
                return new PhonePlan.Skipped(
                        skipped.reason().equals(Rendering.MISSING_LABEL_VALUE)
                                ? SkipReason.MISSING_LABEL_VALUE
                                : SkipReason.RENDERED_MESSAGE_INVALID,
                        skipped.detail());
            }
            rendered = Optional.of(((Rendering.Rendered) rendering).messages());
        }
        return new PhonePlan.ByPhone(gateway, mobile.get(), rendered);
    }

    /** An explicit TRANSACTIONAL opt-out with the account, recorded for the customer or one of their LINE identities. */
    private boolean optedOut(OrgId orgId, AudienceMember member, LineAccountId accountId) {
        if (Boolean.FALSE.equals(customerConsents
                .consents(orgId, member.customer().id(), accountId)
                .explicit()
                .get(ConsentCategory.TRANSACTIONAL))) {
            return true;
        }
        return member.lineUsers().stream()
                .map(user -> user.consents().get(accountId))
                .anyMatch(consents -> consents != null
                        && Boolean.FALSE.equals(consents.explicit().get(ConsentCategory.TRANSACTIONAL)));
    }
}
