package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.lineengage.adapters.http.planted.HttpAdapterReachingIntoPersistence;
import io.lineengage.adapters.http.planted.RoutesUsingAnOutPort;
import io.lineengage.adapters.json.planted.JsonConversionUsingAPort;
import io.lineengage.adapters.planted.PublicPortImplementation;
import io.lineengage.application.planted.ServiceChoosingAMarket;
import io.lineengage.application.planted.left.LeftSide;
import io.lineengage.application.planted.right.RightSide;
import io.lineengage.application.port.in.planted.InPortLeakingAnOutPort;
import io.lineengage.application.port.out.planted.PortUsingADataSource;
import io.lineengage.application.service.campaign.planted.CampaignSendingByPhone;
import io.lineengage.domain.planted.DomainReachingIntoAnAdapter;
import io.lineengage.domain.planted.DomainUsingJackson;
import io.lineengage.domain.planted.DomainUsingTheDriver;
import io.lineengage.sandbox.planted.SandboxUsingTheDomain;
import org.junit.jupiter.api.Test;

/**
 * Checks every module's production classes against the rules, and shows each rule can fail: it is run once more
 * against classes planted in this module's tests that break it on purpose.
 */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ArchitectureTest::isProduction)
            .importPackages("io.lineengage");

    /**
     * Production plus the planted violations, and no other test class: test fakes and fixtures (from test jars under
     * {@code mvn verify}, from test-classes folders under {@code mvn test}) would break the rules for reasons of their
     * own and hide whether the plant is caught.
     */
    private static final JavaClasses WITH_PLANTED = new ClassFileImporter()
            .withImportOption(location -> isProduction(location) || location.contains("/planted/"))
            .importPackages("io.lineengage");

    /** Main classes of every module: neither a test-classes folder nor a test jar. */
    private static boolean isProduction(com.tngtech.archunit.core.importer.Location location) {
        return ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location) && !location.contains("-tests.jar");
    }

    @Test
    void everyModuleIsImported() {
        // A rule over packages with no classes proves nothing: make sure each module's classes are seen.
        assertThat(PRODUCTION.stream().map(type -> type.getPackageName()))
                .anyMatch(name -> name.startsWith("io.lineengage.domain"))
                .anyMatch(name -> name.startsWith("io.lineengage.application.service"))
                .anyMatch(name -> name.startsWith("io.lineengage.adapters.persistence"))
                .anyMatch(name -> name.startsWith("io.lineengage.adapters.http"))
                .anyMatch(name -> name.startsWith("io.lineengage.adapters.line"))
                .anyMatch(name -> name.startsWith("io.lineengage.adapters.console"))
                .anyMatch(name -> name.startsWith("io.lineengage.bootstrap"));
        assertThat(PRODUCTION.contain(DomainUsingJackson.class)).isFalse();
    }

    @Test
    void onionArchitectureHolds() {
        ArchitectureRules.ONION.check(PRODUCTION);
    }

    @Test
    void theCoreUsesNoFrameworks() {
        ArchitectureRules.NO_FRAMEWORKS_IN_THE_CORE.check(PRODUCTION);
    }

    @Test
    void callersSeeNoOutPorts() {
        ArchitectureRules.CALLERS_SEE_NO_OUT_PORTS.check(PRODUCTION);
    }

    @Test
    void theSharedJsonConversionStaysSmall() {
        ArchitectureRules.JSON_CONVERSION_STAYS_SMALL.check(PRODUCTION);
    }

    @Test
    void jsonRuleCatchesTheConversionReachingIntoTheApplication() {
        assertRuleCatches(ArchitectureRules.JSON_CONVERSION_STAYS_SMALL, JsonConversionUsingAPort.class);
    }

    @Test
    void adapterImplementationsAreHidden() {
        ArchitectureRules.ADAPTER_IMPLEMENTATIONS_ARE_HIDDEN.check(PRODUCTION);
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.NO_PACKAGE_CYCLES.check(PRODUCTION);
    }

    @Test
    void marketsStayOutOfTheCore() {
        ArchitectureRules.MARKETS_STAY_OUT_OF_THE_CORE.check(PRODUCTION);
    }

    @Test
    void marketRuleCatchesTheApplicationChoosingAMarket() {
        assertRuleCatches(ArchitectureRules.MARKETS_STAY_OUT_OF_THE_CORE, ServiceChoosingAMarket.class);
    }

    @Test
    void onlyTransactionalMessagesGoByPhone() {
        ArchitectureRules.ONLY_TRANSACTIONAL_MESSAGES_GO_BY_PHONE.check(PRODUCTION);
    }

    @Test
    void phoneRuleCatchesACampaignSendingByPhone() {
        assertRuleCatches(ArchitectureRules.ONLY_TRANSACTIONAL_MESSAGES_GO_BY_PHONE, CampaignSendingByPhone.class);
    }

    @Test
    void theSandboxStandsAlone() {
        ArchitectureRules.SANDBOX_STANDS_ALONE.check(PRODUCTION);
    }

    private static void assertRuleCatches(ArchRule rule, Class<?>... planted) {
        JavaClasses classes = WITH_PLANTED;
        assertThat(classes.contain(planted[0])).isTrue();
        // The failure must name the planted class: failing for another reason (say, an empty layer) proves nothing.
        assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(planted[0].getName());
    }

    @Test
    void onionRuleCatchesTheDomainReachingOut() {
        assertRuleCatches(ArchitectureRules.ONION, DomainReachingIntoAnAdapter.class);
    }

    @Test
    void onionRuleCatchesAdaptersKnowingEachOther() {
        assertRuleCatches(ArchitectureRules.ONION, HttpAdapterReachingIntoPersistence.class);
    }

    @Test
    void frameworkRuleCatchesJacksonInTheDomain() {
        assertRuleCatches(ArchitectureRules.NO_FRAMEWORKS_IN_THE_CORE, DomainUsingJackson.class);
    }

    @Test
    void coreRuleCatchesTheDatabaseDriverInTheDomain() {
        assertRuleCatches(ArchitectureRules.NO_FRAMEWORKS_IN_THE_CORE, DomainUsingTheDriver.class);
    }

    @Test
    void coreRuleCatchesAPortUsingJavaxSql() {
        assertRuleCatches(ArchitectureRules.NO_FRAMEWORKS_IN_THE_CORE, PortUsingADataSource.class);
    }

    @Test
    void outPortRuleCatchesAnInPortHandingOutAnOutPortType() {
        assertRuleCatches(ArchitectureRules.CALLERS_SEE_NO_OUT_PORTS, InPortLeakingAnOutPort.class);
    }

    @Test
    void outPortRuleCatchesRoutesUsingAnOutPort() {
        assertRuleCatches(ArchitectureRules.CALLERS_SEE_NO_OUT_PORTS, RoutesUsingAnOutPort.class);
    }

    @Test
    void hidingRuleCatchesAPublicPortImplementation() {
        assertRuleCatches(ArchitectureRules.ADAPTER_IMPLEMENTATIONS_ARE_HIDDEN, PublicPortImplementation.class);
    }

    @Test
    void cycleRuleCatchesTwoPackagesUsingEachOther() {
        assertRuleCatches(ArchitectureRules.NO_PACKAGE_CYCLES, LeftSide.class, RightSide.class);
    }

    @Test
    void sandboxRuleCatchesTheSandboxUsingTheProduct() {
        assertRuleCatches(ArchitectureRules.SANDBOX_STANDS_ALONE, SandboxUsingTheDomain.class);
    }
}
