package io.lineengage.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.fake.DirectUnitOfWork;
import io.lineengage.application.fake.InMemoryAudiences;
import io.lineengage.application.fake.InMemoryCampaigns;
import io.lineengage.application.fake.InMemoryGateways;
import io.lineengage.application.fake.InMemoryTemplates;
import io.lineengage.application.port.in.campaign.CampaignProgress;
import io.lineengage.application.port.in.campaign.CreateCampaignCommand;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.audience.Audience;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The campaign services on in-memory fakes held to the storage contract: creation, lifecycle moves, progress. */
class CampaignServicesTest {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final OrgId org = OrgId.generate();
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryTemplates templates = new InMemoryTemplates();
    private final InMemoryAudiences audiences = new InMemoryAudiences();
    private final InMemoryGateways gateways = new InMemoryGateways();
    private final AtomicInteger signals = new AtomicInteger();
    private final CampaignProgressService progress = new CampaignProgressService(campaigns, campaigns, campaigns);
    private final CreateCampaignService create =
            new CreateCampaignService(campaigns, templates, audiences, gateways, clock);
    private final CampaignMovesService moves = new CampaignMovesService(
            campaigns, campaigns, new DirectUnitOfWork(), signals::incrementAndGet, progress, clock);
    private Template template;
    private Audience audience;
    private Gateway bulk;

    @BeforeEach
    void world() {
        template = new Template(
                TemplateId.generate(),
                org,
                "Hello",
                new JsonLike.JArray(List.of(new JsonLike.JObject(
                        Map.of("type", new JsonLike.JString("text"), "text", new JsonLike.JString("Hi"))))),
                false,
                NOW,
                NOW);
        templates.insert(template);
        audience = new Audience(
                AudienceId.generate(),
                org,
                "Everyone",
                new JsonLike.JObject(
                        Map.of("field", new JsonLike.JString("tags"), "op", new JsonLike.JString("exists"))),
                NOW,
                NOW);
        audiences.insert(audience);
        bulk = new Gateway(
                GatewayId.generate(),
                org,
                new LineAccountId("la_1"),
                70,
                PriorityClass.BULK,
                Optional.empty(),
                Optional.empty(),
                true,
                NOW,
                NOW);
        gateways.insert(bulk);
    }

    private CreateCampaignCommand command(Optional<Instant> scheduleAt, List<GatewayId> gatewayIds) {
        return new CreateCampaignCommand(
                "Spring",
                template.id(),
                audience.id(),
                PriorityClass.BULK,
                gatewayIds,
                scheduleAt,
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void aCampaignIsCreatedAsADraftOfTheOrgsOwnTemplateAudienceAndGateways() {
        Campaign campaign = create.create(org, command(Optional.empty(), List.of(bulk.id())));
        assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaign.createdAt()).isEqualTo(NOW);
        assertThat(campaigns.find(org, campaign.id())).contains(campaign);
    }

    @Test
    void everyReferenceTheOrgDoesNotOwnIsReportedAtOnce() {
        CreateCampaignCommand foreign = new CreateCampaignCommand(
                "Spring",
                TemplateId.generate(),
                AudienceId.generate(),
                PriorityClass.TRANSACTIONAL,
                List.of(bulk.id(), GatewayId.generate()),
                Optional.of(NOW.minusSeconds(1)),
                Optional.empty(),
                Optional.empty());
        assertThatThrownBy(() -> create.create(org, foreign))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("templateId", "audienceId", "gatewayIds[0]", "gatewayIds[1]", "scheduleAt"));
        assertThatThrownBy(() -> create.create(OrgId.generate(), command(Optional.empty(), List.of())))
                .as("another org's template")
                .isInstanceOf(ValidationException.class);
        assertThat(campaigns.list(org, Optional.empty(), PageRequest.first(5)).items())
                .isEmpty();
    }

    @Test
    void theCommandNamesEveryMissingField() {
        assertThatThrownBy(() -> new CreateCampaignCommand(" ", null, null, null, null, null, null, null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("name", "templateId", "audienceId", "priority"));
    }

    @Test
    void aScheduledCampaignPausesResumesToItsScheduleAndCancels() {
        Campaign campaign = create.create(org, command(Optional.of(NOW.plusSeconds(3600)), List.of()));
        assertThatThrownBy(() -> moves.pause(org, campaign.id()))
                .as("a DRAFT does not pause")
                .isInstanceOf(ConflictException.class);
        campaigns.transition(org, campaign.id(), CampaignStatus.DRAFT, CampaignStatus.SCHEDULED, NOW);

        assertThat(moves.pause(org, campaign.id()).campaign().status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(moves.resume(org, campaign.id()).campaign().status())
                .as("never frozen: back to its schedule")
                .isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(signals).hasValue(1);
        assertThat(moves.cancel(org, campaign.id()).campaign().status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThatThrownBy(() -> moves.resume(org, campaign.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("only a PAUSED one resumes");
        assertThatThrownBy(() -> moves.pause(org, campaign.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("the campaign is CANCELLED and cannot become PAUSED");
    }

    @Test
    void pausingHoldsTheWaitingBatchesAndResumingMakesThemDueAgain() {
        Campaign campaign = create.create(org, command(Optional.empty(), List.of()));
        campaigns.transition(org, campaign.id(), CampaignStatus.DRAFT, CampaignStatus.RUNNING, NOW);
        DeliveryLedger.PlannedBatch batch = new DeliveryLedger.PlannedBatch(
                UUID.randomUUID(),
                bulk.id(),
                bulk.accountId(),
                DeliveryLedger.Kind.MULTICAST,
                UUID.randomUUID(),
                Optional.empty(),
                List.of(new DeliveryLedger.Recipient(CustomerId.generate(), "U1")));
        campaigns.addBatches(campaign.id(), List.of(batch));

        moves.pause(org, campaign.id());
        campaigns.transition(org, campaign.id(), CampaignStatus.PAUSED, CampaignStatus.RUNNING, NOW);
        assertThat(campaigns.claim("r", Instant.MAX.minusSeconds(60), Duration.ofSeconds(1), 5))
                .as("held")
                .isEmpty();
        campaigns.transition(org, campaign.id(), CampaignStatus.RUNNING, CampaignStatus.PAUSED, NOW);

        CampaignProgress resumed = moves.resume(org, campaign.id());
        assertThat(resumed.campaign().status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(resumed.counts().queued()).isEqualTo(1);
        assertThat(campaigns.claim("r", NOW, Duration.ofSeconds(1), 5))
                .extracting(DeliveryLedger.Claimed::id)
                .containsExactly(batch.id());
    }

    @Test
    void progressAndDeliveriesAreReadForTheOrgThatOwnsTheCampaign() {
        Campaign campaign = create.create(org, command(Optional.empty(), List.of()));
        CampaignProgress read = progress.get(org, campaign.id());
        assertThat(read.counts().queued()).isZero();
        assertThat(read.failovers()).isEmpty();
        assertThat(progress.deliveries(org, campaign.id(), PageRequest.first(10))
                        .items())
                .isEmpty();
        assertThatThrownBy(() -> progress.get(OrgId.generate(), campaign.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.deliveries(org, CampaignId.generate(), PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
    }
}
