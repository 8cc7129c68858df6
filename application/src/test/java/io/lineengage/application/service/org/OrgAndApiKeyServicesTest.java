package io.lineengage.application.service.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.fake.DirectUnitOfWork;
import io.lineengage.application.fake.InMemoryApiKeyRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.in.org.CreateOrgCommand;
import io.lineengage.application.port.in.org.IssueApiKeyCommand;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.market.Market;
import io.lineengage.domain.org.ApiKeyId;
import io.lineengage.domain.org.IssuedApiKey;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OrgAndApiKeyServicesTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository(orgs);
    private final IssueApiKeyService issue = new IssueApiKeyService(orgs, keys, new DirectUnitOfWork(), clock);
    private final RevokeApiKeyService revoke = new RevokeApiKeyService(keys, clock);
    private final AuthenticateApiKeyService authenticate = new AuthenticateApiKeyService(keys);

    @Test
    void anOrgWithoutTimeZoneGetsTheMarketsDefault() {
        Org japanese = new CreateOrgService(orgs, new Market("JP", ZoneId.of("Asia/Tokyo"), "JP"), clock)
                .createOrg(CreateOrgCommand.of("Sushi", null));
        Org global = new CreateOrgService(orgs, Market.DEFAULT, clock).createOrg(CreateOrgCommand.of("Global", null));
        assertThat(japanese.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(global.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(orgs.findById(japanese.id())).contains(japanese);
    }

    @Test
    void aNamedTimeZoneWins() {
        Org org = new CreateOrgService(orgs, new Market("JP", ZoneId.of("Asia/Tokyo"), "JP"), clock)
                .createOrg(CreateOrgCommand.of("Bangkok", "Asia/Bangkok"));
        assertThat(org.timeZone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
    }

    @Test
    void badOrgInputNamesEveryFieldAtFault() {
        assertThatThrownBy(() -> CreateOrgCommand.of(" ", "Mars/Olympus"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(error -> error.field())
                                .containsExactly("name", "timeZone"));
    }

    @Test
    void anIssuedKeyAuthenticatesItsOrgUntilRevoked() {
        Org org = new CreateOrgService(orgs, Market.DEFAULT, clock).createOrg(CreateOrgCommand.of("Brand", null));
        IssuedApiKey issued = issue.issueApiKey(new IssueApiKeyCommand(org.id(), "server"));

        assertThat(issued.plaintextKey()).startsWith("lek_");
        assertThat(authenticate.authenticate(issued.plaintextKey())).contains(org.id());

        revoke.revokeApiKey(org.id(), issued.apiKey().id());
        assertThat(authenticate.authenticate(issued.plaintextKey())).isEmpty();
    }

    @Test
    void junkAndUnknownKeysAuthenticateNobody() {
        assertThat(authenticate.authenticate(null)).isEmpty();
        assertThat(authenticate.authenticate("Bearer x")).isEmpty();
        assertThat(authenticate.authenticate("lek_unknown")).isEmpty();
    }

    @Test
    void keysForUnknownOrgsAndUnknownKeysAreNotFound() {
        assertThatThrownBy(() -> issue.issueApiKey(new IssueApiKeyCommand(OrgId.generate(), "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> revoke.revokeApiKey(OrgId.generate(), ApiKeyId.generate()))
                .isInstanceOf(NotFoundException.class);
    }
}
