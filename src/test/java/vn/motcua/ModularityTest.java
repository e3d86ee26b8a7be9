package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * A module may use only another module's published API and only the modules its package-info
 * allows; the module documentation is written from the code.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(MotCuaApplication.class);

    @Test
    void modulesUseOnlyEachOthersPublishedApiAndTheModulesTheyDeclare() {
        modules.verify();
    }

    @Test
    void theModulesAreThoseOfTheArchitecture() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder("shared", "units",
                "accounts", "audit", "calendar", "procedures", "dossiers", "tasks", "feedback", "investment", "indicators", "reports",
                "documents", "notifications", "portal", "files", "reformindex", "serviceindex", "payments", "signatures");
    }

    /** A module without the list may depend on anything; a new module must say what it builds on. */
    @Test
    void everyModuleDeclaresWhatItMayDependOn() throws ClassNotFoundException {
        for (var module : modules) {
            ApplicationModule declaration = Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            assertThat(declaration).as(module.getIdentifier() + " has @ApplicationModule").isNotNull();
            assertThat(declaration.allowedDependencies()).as(module.getIdentifier() + " lists its dependencies")
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        }
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
        assertThat(Files.exists(Path.of("target/spring-modulith-docs/components.puml"))).isTrue();
    }
}
