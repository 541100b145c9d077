package uk.secgov;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rules of docs/architecture.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static final String BASE = "uk.secgov";
    private static final Pattern FEATURE = Pattern.compile("uk\\.secgov\\.([a-z]+)(\\..*)?");
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    /** A feature root: {@code uk.secgov.<feature>} itself, not its adapters, and not platform. */
    private static boolean isFeatureRoot(String packageName) {
        Matcher m = FEATURE.matcher(packageName);
        return m.matches() && m.group(2) == null && !m.group(1).equals("platform");
    }

    @Test
    void featureRootsUseNoFacesRestCamundaOrPrimeFaces() {
        classes().that(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("are in a feature root") {
            @Override
            public boolean test(JavaClass c) {
                return isFeatureRoot(c.getPackageName());
            }
        }).should().onlyDependOnClassesThat().resideOutsideOfPackages("jakarta.faces..", "jakarta.ws.rs..",
                "org.camunda..", "org.primefaces..", "jakarta.servlet..").check(MAIN);
    }

    @Test
    void onlyTheSignatureFeatureTouchesCryptography() {
        noClasses().that().resideOutsideOfPackage(BASE + ".signature..").should().dependOnClassesThat()
                .resideInAnyPackage("org.bouncycastle..", "eu.europa.esig..", "javax.crypto..", "java.security.cert..")
                .allowEmptyShould(true).check(MAIN);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesAdapters() {
        classes().that().resideInAPackage(BASE + "..").should(new ArchCondition<>("use other features only through their roots") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = featureOf(item.getPackageName());
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    String targetPackage = d.getTargetClass().getPackageName();
                    String target = featureOf(targetPackage);
                    if (target != null && own != null && !target.equals(own) && !target.equals("platform")
                            && !isFeatureRoot(targetPackage)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).check(MAIN);
    }

    @Test
    void featureRootsDoNotDependOnTheirOwnAdapters() {
        classes().that(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("are in a feature root") {
            @Override
            public boolean test(JavaClass c) {
                return isFeatureRoot(c.getPackageName());
            }
        }).should(new ArchCondition<>("not depend on an adapter of their own feature") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    if (target.startsWith(item.getPackageName() + ".")) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).check(MAIN);
    }

    @Test
    void platformDependsOnNoFeature() {
        classes().that().resideInAPackage(BASE + ".platform..").should(new ArchCondition<>("depend on no feature") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    String target = featureOf(d.getTargetClass().getPackageName());
                    if (target != null && !target.equals("platform")) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).check(MAIN);
    }

    /**
     * Features depend on each other one way: where two must talk both ways, the one depended on owns the port or
     * event type and the other implements or fires it ({@code cplsubmission.RowInvestigations},
     * {@code cplsubmission.InvestigationDecided}, {@code cpl.SubmissionReferences}).
     */
    @Test
    void featuresDoNotDependOnEachOtherInACycle() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching(BASE + ".(*)..").should()
                .beFreeOfCycles().check(MAIN);
    }

    /**
     * Governance records and documents live in the database, never on one server's disk: a file written by a
     * feature would be missing on the next node of a cluster and outside every backup and transaction. So no
     * feature root reads or writes files ({@code java.nio.file}, {@code java.io.File} and its streams).
     */
    @Test
    void featureRootsKeepNothingOnDisk() {
        noClasses().that(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("are in a feature root") {
            @Override
            public boolean test(JavaClass c) {
                return isFeatureRoot(c.getPackageName());
            }
        }).should().dependOnClassesThat().resideInAPackage("java.nio.file..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .check(MAIN);
    }

    /** A feature reads another through the narrow port that one owns: investigations never get the whole store. */
    @Test
    void investigationsReadTheSubmissionsOnlyThroughTheirNarrowPort() {
        noClasses().that().resideInAPackage(BASE + ".hashconflict..").should().dependOnClassesThat()
                .haveFullyQualifiedName(BASE + ".cplsubmission.CplSubmissions").check(MAIN);
    }

    @Test
    void thereAreNoGrabBagPackages() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..common..",
                "..misc..").check(MAIN);
    }

    @Test
    void everyFeatureRootSaysWhatItIsFor() {
        MAIN.stream().map(JavaClass::getPackageName).filter(ArchitectureTest::isFeatureRoot).distinct()
                .forEach(pkg -> org.assertj.core.api.Assertions.assertThat(
                        MAIN.stream().anyMatch(c -> c.getName().equals(pkg + ".package-info")))
                        .as("package-info.java in " + pkg).isTrue());
    }

    /**
     * Authority lives in the use case: every public method of an application service (a transactional CDI bean in a
     * feature root) says who may call it with {@code @Allowed}, so a new use case cannot be added without deciding.
     */
    @Test
    void everyUseCaseSaysWhoMayCallIt() {
        java.util.List<String> undecided = MAIN.stream()
                .filter(c -> isFeatureRoot(c.getPackageName()))
                .filter(c -> c.isAnnotatedWith("jakarta.enterprise.context.ApplicationScoped"))
                .filter(c -> c.isAnnotatedWith("jakarta.transaction.Transactional") || c.getMethods().stream()
                        .anyMatch(m -> m.isAnnotatedWith("jakarta.transaction.Transactional")))
                .flatMap(c -> c.getMethods().stream()
                        .filter(m -> m.getOwner().equals(c))
                        .filter(m -> m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                        .filter(m -> !m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                        .filter(m -> !m.isAnnotatedWith(uk.secgov.platform.security.Allowed.class)
                                && !c.isAnnotatedWith(uk.secgov.platform.security.Allowed.class))
                        .map(m -> c.getSimpleName() + "." + m.getName()))
                .sorted().toList();
        org.assertj.core.api.Assertions.assertThat(undecided).as("use cases without @Allowed").isEmpty();
    }

    /**
     * The engine is an adapter concern: only a feature's {@code process} package and {@code platform.engine} name
     * Camunda types. A refusal the engine wraps (raised inside a delegate that ran in the request) is unwrapped by
     * what the engine's caller sees of it, a cause, not by naming the engine's exception.
     */
    @Test
    void onlyProcessAdaptersAndTheEngineBootstrapUseCamunda() {
        noClasses().that().resideOutsideOfPackages(BASE + "..process..", BASE + ".platform.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..").check(MAIN);
    }

    /**
     * One refusal vocabulary: every exception the application throws on purpose is a
     * {@link uk.secgov.platform.refusal.Refusal} (an invalid request, a refused step, an unknown record, or a refused
     * caller), so that one set of exception mappers and one page helper show each the same way everywhere.
     */
    @Test
    void everyApplicationExceptionIsARefusal() {
        classes().that().resideInAPackage(BASE + "..").and().areAssignableTo(RuntimeException.class)
                .should().beAssignableTo(uk.secgov.platform.refusal.Refusal.class).check(MAIN);
    }

    /**
     * The API answers refusals in one place ({@code platform.rest}): no feature's {@code rest} package maps an
     * exception itself, so a feature cannot answer a refusal differently from the others.
     */
    @Test
    void onlyThePlatformMapsExceptions() {
        noClasses().that().resideOutsideOfPackage(BASE + ".platform.rest..")
                .should().implement("jakarta.ws.rs.ext.ExceptionMapper").check(MAIN);
    }

    /**
     * HTTP endpoints live in a feature's {@code rest} package or in {@code platform.rest} (the application, problem
     * responses). One allowed exception, not a slip: the servlet filter {@code platform.web.ResponsePolicy} refuses
     * an API body that is too large before JAX-RS reads it, and writes that 413 problem with
     * {@code platform.rest.Problem.MEDIA_TYPE} so that it has the same content type as every other problem.
     */
    @Test
    void onlyRestAdaptersUseJaxRs() {
        java.util.Set<String> known = java.util.Set.of("uk.secgov.platform.web.ResponsePolicy");
        noClasses().that().resideOutsideOfPackages(BASE + "..rest..", BASE + ".platform.rest..")
                .and(notListed(known))
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..").check(MAIN);
    }

    /**
     * Pages are a feature's {@code web} package or {@code platform.web} (Faces settings, converters, the refusal
     * handler). The authentication mechanism knows the Faces resource path only as a string, not a type.
     */
    @Test
    void onlyWebAdaptersUseFacesOrPrimeFaces() {
        noClasses().that().resideOutsideOfPackages(BASE + "..web..", BASE + ".platform.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .check(MAIN);
    }

    /**
     * Dates and times are written for people in the named formats of {@code platform.time.UkFormat}, so that one
     * moment reads the same on every page, message and export. One listed exception, not a slip: the iCalendar feed
     * ({@code modification.rest.RegisterFeeds}) writes RFC 5545's UTC form, a protocol's format, not words for people.
     */
    @Test
    void datePatternsAreTheUkFormatsOnly() {
        java.util.Set<String> known = java.util.Set.of("uk.secgov.modification.rest.RegisterFeeds");
        noClasses().that().resideOutsideOfPackage(BASE + ".platform.time..").and(notListed(known))
                .should().callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class)
                .orShould().callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class,
                        java.util.Locale.class)
                .check(MAIN);
    }

    /**
     * A request or response body, a page's row or a backing bean never takes the simple name of another adapter
     * type or of a domain type in a feature root: every type in a {@code rest} or {@code web} package (nested ones
     * too) is compared with the others and with every type in the feature roots. Exception mappers are left out:
     * their names never leave the code. No exception is listed: a body names its feature
     * ({@code SubmissionTimelineEntry}, {@code CaseTimelineEntry}) and a bean keeps its page's EL name with
     * {@code @Named} when its class takes another ({@code cplsubmission.web.SubmissionPage}).
     */
    @Test
    void adapterTypesDoNotReuseAnotherTypesSimpleName() {
        java.util.List<JavaClass> adapterTypes = MAIN.stream()
                .filter(c -> isAdapter(c.getPackageName(), "rest") || isAdapter(c.getPackageName(), "web"))
                .filter(c -> !c.isAnonymousClass() && !c.isLocalClass() && !c.getSimpleName().isEmpty())
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .filter(c -> !c.isAssignableTo("jakarta.ws.rs.ext.ExceptionMapper")).toList();
        java.util.Map<String, java.util.List<String>> owners = new java.util.TreeMap<>();
        java.util.stream.Stream.concat(adapterTypes.stream(), MAIN.stream()
                        .filter(c -> isFeatureRoot(c.getPackageName()))
                        .filter(c -> !c.isAnonymousClass() && !c.isLocalClass() && !c.getSimpleName().isEmpty())
                        .filter(c -> !c.getSimpleName().equals("package-info")))
                .forEach(c -> owners.computeIfAbsent(c.getSimpleName(), n -> new java.util.ArrayList<>()).add(c.getName()));
        java.util.List<String> clashes = adapterTypes.stream()
                .filter(c -> owners.get(c.getSimpleName()).size() > 1)
                .map(JavaClass::getName).sorted().toList();
        org.assertj.core.api.Assertions.assertThat(clashes).as("adapter types sharing a simple name").isEmpty();
    }

    /**
     * The submissions read and write the register only through the ports with one purpose each that it offers them
     * ({@code cpl.CurrentAssociations}, {@code cpl.NewAssociations}, {@code cpl.ClosedEntries}), never through the
     * whole {@code CplRegister} or {@code CplMaintenance}.
     */
    @Test
    void submissionsUseTheRegisterThroughItsNarrowPorts() {
        noClasses().that().resideInAPackage(BASE + ".cplsubmission..").should().dependOnClassesThat()
                .haveFullyQualifiedName(BASE + ".cpl.CplRegister").orShould().dependOnClassesThat()
                .haveFullyQualifiedName(BASE + ".cpl.CplMaintenance").check(MAIN);
    }

    /** {@code uk.secgov.<feature>.<adapter>..}, for any feature including platform. */
    private static boolean isAdapter(String packageName, String adapter) {
        Matcher m = FEATURE.matcher(packageName);
        return m.matches() && m.group(2) != null && (m.group(2) + ".").startsWith("." + adapter + ".");
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> notListed(java.util.Set<String> known) {
        return new com.tngtech.archunit.base.DescribedPredicate<>("are not a listed exception") {
            @Override
            public boolean test(JavaClass c) {
                return !known.contains(c.getName());
            }
        };
    }

    private static String featureOf(String packageName) {
        Matcher m = FEATURE.matcher(packageName);
        return m.matches() ? m.group(1) : null;
    }
}
