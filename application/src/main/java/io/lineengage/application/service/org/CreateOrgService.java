package io.lineengage.application.service.org;

import io.lineengage.application.port.in.org.CreateOrgCommand;
import io.lineengage.application.port.in.org.CreateOrgUseCase;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.market.Market;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import java.time.Clock;

public final class CreateOrgService implements CreateOrgUseCase {
    private final OrgRepository orgs;
    private final Market market;
    private final Clock clock;

    public CreateOrgService(OrgRepository orgs, Market market, Clock clock) {
        this.orgs = orgs;
        this.market = market;
        this.clock = clock;
    }

    @Override
    public Org createOrg(CreateOrgCommand command) {
        Org org = new Org(
                OrgId.generate(), command.name(), command.timeZone().orElse(market.defaultTimeZone()), clock.instant());
        orgs.insert(org);
        return org;
    }
}
