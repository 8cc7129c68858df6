package io.lineengage.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.template.TemplateId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CampaignLifecycleTest {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    private static Campaign campaign(
            CampaignStatus status, Optional<Instant> scheduleAt, Optional<Instant> launchedAt) {
        return new Campaign(
                CampaignId.generate(),
                OrgId.generate(),
                "Spring",
                new TemplateId("tpl_1"),
                new AudienceId("aud_1"),
                PriorityClass.BULK,
                List.of(),
                scheduleAt,
                Optional.empty(),
                Optional.empty(),
                status,
                NOW.minusSeconds(60),
                launchedAt,
                Optional.empty());
    }

    @Test
    void aDraftLaunchesNowOrWaitsForItsTime() {
        assertThat(campaign(CampaignStatus.DRAFT, Optional.empty(), Optional.empty())
                        .launchTarget(NOW))
                .isEqualTo(CampaignStatus.RUNNING);
        assertThat(campaign(CampaignStatus.DRAFT, Optional.of(NOW.plusSeconds(1)), Optional.empty())
                        .launchTarget(NOW))
                .isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(campaign(CampaignStatus.DRAFT, Optional.of(NOW), Optional.empty())
                        .launchTarget(NOW))
                .as("its time has come")
                .isEqualTo(CampaignStatus.RUNNING);
        for (CampaignStatus other :
                List.of(CampaignStatus.SCHEDULED, CampaignStatus.RUNNING, CampaignStatus.COMPLETED)) {
            assertThatThrownBy(() ->
                            campaign(other, Optional.empty(), Optional.empty()).launchTarget(NOW))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("only a DRAFT is launched");
        }
    }

    @Test
    void aPausedCampaignResumesToWhereItWas() {
        assertThat(campaign(CampaignStatus.PAUSED, Optional.of(NOW.plusSeconds(60)), Optional.empty())
                        .resumeTarget())
                .as("paused while scheduled")
                .isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(campaign(CampaignStatus.PAUSED, Optional.empty(), Optional.of(NOW))
                        .resumeTarget())
                .isEqualTo(CampaignStatus.RUNNING);
        assertThatThrownBy(() -> campaign(CampaignStatus.RUNNING, Optional.empty(), Optional.of(NOW))
                        .resumeTarget())
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("only a PAUSED one resumes");
    }

    @Test
    void movesOutsideTheLifecycleAreRefused() {
        campaign(CampaignStatus.RUNNING, Optional.empty(), Optional.of(NOW)).checkCanBecome(CampaignStatus.PAUSED);
        campaign(CampaignStatus.SCHEDULED, Optional.empty(), Optional.empty()).checkCanBecome(CampaignStatus.CANCELLED);
        assertThatThrownBy(() -> campaign(CampaignStatus.DRAFT, Optional.empty(), Optional.empty())
                        .checkCanBecome(CampaignStatus.CANCELLED))
                .isInstanceOf(ConflictException.class)
                .hasMessage("the campaign is DRAFT and cannot become CANCELLED");
        assertThatThrownBy(() -> campaign(CampaignStatus.COMPLETED, Optional.empty(), Optional.of(NOW))
                        .checkCanBecome(CampaignStatus.PAUSED))
                .isInstanceOf(ConflictException.class);
    }
}
