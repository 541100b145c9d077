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

    private static String featureOf(String packageName) {
        Matcher m = FEATURE.matcher(packageName);
        return m.matches() ? m.group(1) : null;
    }
}
