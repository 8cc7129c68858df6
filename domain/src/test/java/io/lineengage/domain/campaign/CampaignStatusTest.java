package io.lineengage.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CampaignStatusTest {
    @Test
    void followsTheLifecycle() {
        assertThat(CampaignStatus.DRAFT.canBecome(CampaignStatus.RUNNING)).isTrue();
        assertThat(CampaignStatus.DRAFT.canBecome(CampaignStatus.PAUSED)).isFalse();
        assertThat(CampaignStatus.SCHEDULED.canBecome(CampaignStatus.CANCELLED)).isTrue();
        assertThat(CampaignStatus.RUNNING.canBecome(CampaignStatus.PAUSED)).isTrue();
        assertThat(CampaignStatus.PAUSED.canBecome(CampaignStatus.RUNNING)).isTrue();
        assertThat(CampaignStatus.PAUSED.canBecome(CampaignStatus.COMPLETED)).isFalse();
        for (CampaignStatus done :
                new CampaignStatus[] {CampaignStatus.COMPLETED, CampaignStatus.CANCELLED, CampaignStatus.FAILED}) {
            assertThat(done.isFinal()).isTrue();
            assertThat(done.canBecome(CampaignStatus.RUNNING)).isFalse();
        }
    }
}
