package io.lineengage.application.service.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.fake.DirectUnitOfWork;
import io.lineengage.application.fake.InMemoryConsentStore;
import io.lineengage.application.fake.InMemoryCustomers;
import io.lineengage.application.fake.InMemoryIdentities;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryLinePlatform;
import io.lineengage.application.fake.InMemorySubscriptionStore;
import io.lineengage.application.fake.InMemoryTemplates;
import io.lineengage.application.port.in.template.TemplatesUseCase.Preview;
import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.customer.PhoneNumbers;
import io.lineengage.application.service.customer.CustomerService;
import io.lineengage.application.service.customer.LookupService;
import io.lineengage.application.service.subscription.SubscriptionService;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.Rendering;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Templates on fakes: checked whole on every save, previewed for a customer, validated by LINE when asked. */
class TemplateServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final PhoneNumbers phones = written -> Optional.empty();
    private final InMemoryTemplates templates = new InMemoryTemplates();
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryIdentities identities = new InMemoryIdentities();
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    private final InMemoryLinePlatform line = new InMemoryLinePlatform();
    private final CustomerService customerService =
            new CustomerService(customers, customers, identities, phones, new DirectUnitOfWork(), clock);
    private final TemplateService service = new TemplateService(
            templates,
            customers,
            customerService,
            new LookupService(
                    customerService,
                    customers,
                    identities,
                    identities,
                    accounts,
                    new SubscriptionService(
                            accounts,
                            new InMemorySubscriptionStore(),
                            new InMemoryConsentStore(),
                            new DirectUnitOfWork(),
                            clock),
                    line,
                    phones,
                    clock,
                    Duration.ofHours(24)),
            accounts,
            line,
            clock);
    private final OrgId org = OrgId.generate();

    TemplateServiceTest() {
        customers.register(org, Map.of("points", AttributeType.NUMBER));
    }

    private static JsonLike text(String text) {
        return new JsonLike.JArray(List.of(new JsonLike.JObject(
                Map.of("type", new JsonLike.JString("text"), "text", new JsonLike.JString(text)))));
    }

    private Customer customer() {
        Customer customer = new Customer(
                CustomerId.generate(),
                org,
                Optional.of("C-1"),
                Optional.of("Aiko Sato"),
                Optional.empty(),
                Optional.empty(),
                Map.of("points", new AttributeValue.Number(new BigDecimal("1200"))),
                Set.of(),
                CustomerKind.REGULAR,
                NOW,
                NOW);
        customers.saveAll(List.of(customer));
        return customer;
    }

    private static List<String> faultPaths(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void everyFaultOfATemplateIsReportedByPathAndNothingIsSaved() {
        JsonLike messages = new JsonLike.JArray(List.of(
                new JsonLike.JObject(Map.of(
                        "type", new JsonLike.JString("text"), "text", new JsonLike.JString("Hi {{attributes.tier}}"))),
                new JsonLike.JObject(
                        Map.of("type", new JsonLike.JString("text"), "text", new JsonLike.JString("x".repeat(5001))))));

        assertThatThrownBy(() -> service.create(org, "Bad", messages, false, false))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(faultPaths(e)).contains("messages[0].text", "messages[1].text"));
        assertThat(templates.list(org, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void anUpdateChangesOnlyWhatItNamesAndABadOneChangesNothing() {
        Template saved = service.create(org, "Points", text("You have {{attributes.points}} points"), false, false);

        assertThatThrownBy(() -> service.update(
                        org,
                        saved.id(),
                        Optional.of("Renamed"),
                        Optional.of(text("{{nope}}")),
                        Optional.empty(),
                        Optional.empty()))
                .isInstanceOf(ValidationException.class);
        assertThat(service.get(org, saved.id())).isEqualTo(saved);

        Template quiet = service.update(
                org, saved.id(), Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty());
        assertThat(quiet.notificationDisabled()).isTrue();
        assertThat(quiet.messages()).isEqualTo(saved.messages());
        assertThat(quiet.name()).isEqualTo("Points");
        assertThatThrownBy(() -> service.get(OrgId.generate(), saved.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(org, TemplateId.generate())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPreviewRendersTheCustomersValuesAndAsksLineWhenAnAccountIsGiven() {
        Customer aiko = customer();
        Template saved =
                service.create(org, "Points", text("{{firstName}}: {{attributes.points}} points"), false, false);
        ChannelCredentials channel = line.newChannel();
        LineAccount account = StorageFixtures.account(org, channel, NOW);
        accounts.insert(account);

        Preview local = service.preview(org, saved.id(), aiko.id(), Optional.empty());
        assertThat(local.rendering()).isEqualTo(new Rendering.Rendered(text("Aiko: 1200 points")));
        assertThat(local.line()).isEmpty();

        Preview checked = service.preview(org, saved.id(), aiko.id(), Optional.of(account.id()));
        assertThat(checked.line())
                .hasValueSatisfying(verdict -> assertThat(verdict.ok()).isTrue());

        line.revokeCredentials(channel);
        Preview refused = service.preview(org, saved.id(), aiko.id(), Optional.of(account.id()));
        assertThat(refused.line())
                .hasValueSatisfying(verdict -> assertThat(verdict.ok()).isFalse());
    }

    @Test
    void aPreviewForACustomerLackingALabelsValueSaysSo() {
        Customer aiko = customer();
        customers.register(org, Map.of("tier", AttributeType.STRING));
        Template saved = service.create(org, "Tier", text("Your tier: {{attributes.tier}}"), false, false);

        Preview preview = service.preview(org, saved.id(), aiko.id(), Optional.empty());

        assertThat(preview.rendering())
                .isInstanceOfSatisfying(
                        Rendering.Skipped.class,
                        skipped -> assertThat(skipped.reason()).isEqualTo(Rendering.MISSING_LABEL_VALUE));
    }
}
