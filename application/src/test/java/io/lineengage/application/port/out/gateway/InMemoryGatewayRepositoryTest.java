package io.lineengage.application.port.out.gateway;

import io.lineengage.application.fake.InMemoryGateways;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryGatewayRepositoryTest extends AbstractGatewayRepositoryTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    private final InMemoryGateways gateways = new InMemoryGateways();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected LineAccountRepository accountRepository() {
        return accounts;
    }

    @Override
    protected GatewayRepository repository() {
        return gateways;
    }
}
