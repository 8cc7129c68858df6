package io.lineengage.application.fake;

import io.lineengage.application.port.out.campaign.TestSendLog;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.org.OrgId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public final class InMemoryTestSendLog implements TestSendLog {
    private final List<Sent> sends = new ArrayList<>();

    @Override
    public synchronized void record(List<Sent> recorded) {
        sends.addAll(recorded);
    }

    @Override
    public synchronized List<Sent> ofCampaign(OrgId orgId, CampaignId campaignId) {
        List<Sent> found = new ArrayList<>();
        for (int i = sends.size() - 1; i >= 0; i--) {
            Sent sent = sends.get(i);
            if (sent.orgId().equals(orgId) && sent.campaignId().equals(campaignId)) {
                found.add(sent);
            }
        }
        found.sort(Comparator.comparing(Sent::at).reversed());
        return found;
    }
}
