package vn.motcua;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.scheduling.annotation.Scheduled;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.SystemActor;

/**
 * Access is decided one way, read from the classes themselves: roles by {@code @PreAuthorize} on the
 * services' methods, and only work no person asked for acts as the system.
 */
class AccessRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.motcua");

    /** Start-up work (the demo loaders, the first administrator from the environment) and scheduled sweeps. */
    private static final DescribedPredicate<JavaClass> START_UP_OR_SCHEDULED = describe("start-up or scheduled work",
            c -> c.isAssignableTo(ApplicationRunner.class) || c.isAssignableTo(CommandLineRunner.class)
                    || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Scheduled.class)));

    /**
     * The lock that repeated wrong passwords trigger: nobody signed in asked for it, and the trail
     * must name the system rather than whichever session the failed request carried.
     */
    private static final DescribedPredicate<JavaClass> SIGN_IN_LOCK = describe("the sign-in throttle's lock",
            c -> c.getName().equals("vn.motcua.accounts.security.SignInThrottle"));

    /**
     * Reads of agency names in the dossiers module, which the dossier-lifecycle branch moves to
     * units.PublicRegister; the set goes when that branch is merged.
     */
    private static final Set<String> DOSSIER_READS_BEING_MOVED = Set.of("vn.motcua.dossiers.DossierProcessing",
            "vn.motcua.dossiers.ProcedureStatistics", "vn.motcua.dossiers.internal.TrackingBooks");

    /**
     * Hand-made role checks in the dossiers and indicators modules, which the dossier-lifecycle and
     * measures branches turn into {@code @PreAuthorize}; the set goes when those branches are merged.
     */
    private static final Set<String> ROLE_CHECKS_BEING_CONVERTED = Set.of("vn.motcua.dossiers.DossierProcessing",
            "vn.motcua.indicators.ReportBook");

    @Test
    void rolesAreCheckedByPreAuthorizeOnlyNeverByHand() {
        noClasses().that().doNotBelongToAnyOf(MotCuaUser.class)
                .and(not(describe("the page that shows the caller's own roles",
                        (JavaClass c) -> c.getName().equals("vn.motcua.accounts.web.MeApi"))))
                .and(not(describe("role checks being converted", (JavaClass c) -> ROLE_CHECKS_BEING_CONVERTED.contains(c.getName()))))
                .should().callMethod(MotCuaUser.class, "hasRole", String.class)
                .orShould().callMethod(MotCuaUser.class, "roles")
                .because("a role check is a @PreAuthorize expression on the service method, so there is one place to read who may call it")
                .check(CLASSES);
    }

    @Test
    void onlyWorkNoPersonAskedForRunsAsTheSystem() {
        noClasses().that(not(START_UP_OR_SCHEDULED)).and(not(SIGN_IN_LOCK))
                .and(not(describe("dossier reads being moved", (JavaClass c) -> DOSSIER_READS_BEING_MOVED.contains(c.getName()))))
                .and().doNotBelongToAnyOf(SystemActor.class)
                .should().dependOnClassesThat().belongToAnyOf(SystemActor.class)
                .because("a person's request reads with that person's scope; the names of units and agencies are public "
                        + "and come from units.PublicRegister")
                .check(CLASSES);
    }
}
