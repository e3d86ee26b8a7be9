package vn.motcua;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
     * The payment gateway's server-to-server notification: no person sends it and it carries no
     * session; its signature with the merchant's secret is what is checked before it records anything.
     */
    private static final DescribedPredicate<JavaClass> GATEWAY_NOTIFICATION = describe("the payment gateway's verified notification",
            c -> c.getName().equals("vn.motcua.payments.GatewayNotifications"));

    @Test
    void rolesAreCheckedByPreAuthorizeOnlyNeverByHand() {
        noClasses().that().doNotBelongToAnyOf(MotCuaUser.class)
                .and(not(describe("the page that shows the caller's own roles",
                        (JavaClass c) -> c.getName().equals("vn.motcua.accounts.web.MeApi"))))
                .should().callMethod(MotCuaUser.class, "hasRole", String.class)
                .orShould().callMethod(MotCuaUser.class, "roles")
                .because("a role check is a @PreAuthorize expression on the service method, so there is one place to read who may call it")
                .check(CLASSES);
    }

    @Test
    void onlyWorkNoPersonAskedForRunsAsTheSystem() {
        noClasses().that(not(START_UP_OR_SCHEDULED)).and(not(SIGN_IN_LOCK)).and(not(GATEWAY_NOTIFICATION))
                .and().doNotBelongToAnyOf(SystemActor.class)
                .should().dependOnClassesThat().belongToAnyOf(SystemActor.class)
                .because("a person's request reads with that person's scope; the names of units and agencies are public "
                        + "and come from units.PublicRegister")
                .check(CLASSES);
    }
}
