package io.lineengage.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rule of ARCHITECTURE.md, as rules that the build checks. */
final class ArchitectureRules {
    private ArchitectureRules() {}

    /**
     * domain ← application ← adapters; adapters never know each other; bootstrap knows everyone. The application's
     * ports are its inner ring (what services and adapters both lean on), its services the outer one.
     */
    static final ArchRule ONION = onionArchitecture()
            .domainModels("io.lineengage.domain..")
            .domainServices("io.lineengage.application.port..")
            .applicationServices("io.lineengage.application.service..")
            .adapter("persistence", "io.lineengage.adapters.persistence..")
            .adapter("http", "io.lineengage.adapters.http..")
            .adapter("line", "io.lineengage.adapters.line..")
            .adapter("phone", "io.lineengage.adapters.phone..")
            .adapter("console", "io.lineengage.adapters.console..")
            .withOptionalLayers(false)
            // bootstrap is the composition root: knowing every layer is its job.
            .ignoreDependency(
                    JavaClass.Predicates.resideInAPackage("io.lineengage.bootstrap.."), DescribedPredicate.alwaysTrue())
            // the adapters' shared JSON conversion: not an adapter of its own (JSON_CONVERSION_STAYS_SMALL holds it)
            .ignoreDependency(
                    JavaClass.Predicates.resideInAPackage("io.lineengage.adapters.json.."),
                    DescribedPredicate.alwaysTrue());

    /**
     * The core (domain, application) may use the JDK's language, collections, time, maths and text, and itself:
     * an allow-list, so that no library (a driver, a pool, a metrics or HTTP client) and no JDK API of the outside
     * world (java.sql, javax.sql, java.net.http, java.nio.file) slips in unnamed.
     */
    static final ArchRule NO_FRAMEWORKS_IN_THE_CORE = classes()
            .that()
            .resideInAnyPackage("io.lineengage.domain..", "io.lineengage.application..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "io.lineengage.domain..",
                    "io.lineengage.application..",
                    "java.lang..",
                    "java.util..",
                    "java.time..",
                    "java.math..",
                    "java.text..",
                    "java.io",
                    "java.nio.charset",
                    "java.net",
                    "java.security..",
                    "")
            .because("the core is plain Java: frameworks and the outside world live in adapters and bootstrap");

    /**
     * What callers use (in-ports) and the adapters that call them (HTTP, console) see only the core's own views, never an
     * out-port's types: storage can change without the API noticing.
     */
    static final ArchRule CALLERS_SEE_NO_OUT_PORTS = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.lineengage.application.port.in..",
                    "io.lineengage.adapters.http..",
                    "io.lineengage.adapters.console..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.lineengage.application.port.out..")
            .because("in-ports return their own view records");

    private static final DescribedPredicate<JavaClass> ADAPTER_IMPLEMENTATIONS =
            new DescribedPredicate<>("implement an application port or serve routes") {
                @Override
                public boolean test(JavaClass type) {
                    boolean implementsPort = type.getAllRawInterfaces().stream()
                            .anyMatch(port -> port.getPackageName().startsWith("io.lineengage.application.port"));
                    boolean servesRoutes = type.isAssignableTo("io.javalin.plugin.Plugin");
                    return !type.isInterface() && (implementsPort || servesRoutes);
                }
            };

    /** An adapter's public face is its Dagger module; what it implements stays package-private behind it. */
    static final ArchRule ADAPTER_IMPLEMENTATIONS_ARE_HIDDEN = classes()
            .that()
            .resideInAPackage("io.lineengage.adapters..")
            .and(ADAPTER_IMPLEMENTATIONS)
            .should()
            .notBePublic()
            .because("bootstrap reaches adapters only through their Dagger modules");

    static final ArchRule NO_PACKAGE_CYCLES =
            slices().matching("io.lineengage.(**)").should().beFreeOfCycles();

    /** The adapters' shared JSON conversion knows the domain's JSON tree and Jackson, nothing else of ours. */
    static final ArchRule JSON_CONVERSION_STAYS_SMALL = classes()
            .that()
            .resideInAPackage("io.lineengage.adapters.json..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "io.lineengage.adapters.json..",
                    "io.lineengage.domain.json..",
                    "com.fasterxml.jackson..",
                    "java..",
                    "")
            .because("it serves every adapter, so it must pull none of them, nor the application, in");

    /**
     * What differs by market (its modules, the adapters only some markets bind, phone-number rules) is chosen by the
     * market's component: the core never names a market or reaches for a market's adapter, it asks its ports.
     */
    static final ArchRule MARKETS_STAY_OUT_OF_THE_CORE = noClasses()
            .that()
            .resideInAnyPackage("io.lineengage.domain..", "io.lineengage.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.lineengage.bootstrap..",
                    "io.lineengage.adapters.line..",
                    "io.lineengage.adapters.phone..",
                    "com.google.i18n.phonenumbers..")
            .because("a market is a set of adapters bound by its Dagger component, never a branch in the core");

    /**
     * LINE notification messages may carry no advertising: only transactional sending may use them, never a campaign
     * (or anything else in the application).
     */
    static final ArchRule ONLY_TRANSACTIONAL_MESSAGES_GO_BY_PHONE = noClasses()
            .that()
            .resideInAPackage("io.lineengage.application.service..")
            .and()
            .resideOutsideOfPackage("io.lineengage.application.service.transactional..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.lineengage.application.port.out.line.NotificationMessageSender")
            .because("LINE's terms allow notification messages for transactional content only");

    /** The sandbox plays LINE: it must not lean on the product it is there to test. */
    static final ArchRule SANDBOX_STANDS_ALONE = noClasses()
            .that()
            .resideInAPackage("io.lineengage.sandbox..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.lineengage.domain..",
                    "io.lineengage.application..",
                    "io.lineengage.adapters..",
                    "io.lineengage.bootstrap..")
            .allowEmptyShould(true);
}
