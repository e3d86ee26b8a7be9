package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** A module may use only another module's published API; the module documentation is written from the code. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(MotCuaApplication.class);

    @Test
    void modulesUseOnlyEachOthersPublishedApi() {
        modules.verify();
    }

    @Test
    void everyArchitectureModuleSoFarIsAModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "units", "accounts", "audit");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
        assertThat(Files.exists(Path.of("target/spring-modulith-docs/components.puml"))).isTrue();
    }
}
