package vn.motcua.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The refusal of a second instance is explained in plain words, and Spring Boot knows the explanation. */
class DataDirectoryInUseFailureAnalyzerTest {

    @Test
    void explainsTheRefusalAndWhatToDo() {
        Path directory = Path.of("/srv/motcua/data");
        FailureAnalysis analysis = new DataDirectoryInUseFailureAnalyzer()
                .analyze(new IllegalStateException("wrapped", new DataDirectoryInUseException(directory)));
        assertThat(analysis.getDescription()).contains("already in use by another MotCua instance").contains("/srv/motcua/data");
        assertThat(analysis.getAction()).contains("MOTCUA_DATA_DIR").contains("MOTCUA_DB_URL");
    }

    @Test
    void isRegisteredWithSpringBoot() throws IOException {
        StringBuilder all = new StringBuilder();
        var resources = getClass().getClassLoader().getResources("META-INF/spring.factories");
        while (resources.hasMoreElements()) {
            try (InputStream factories = resources.nextElement().openStream()) {
                all.append(new String(factories.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(all.toString()).contains("FailureAnalyzer=" + DataDirectoryInUseFailureAnalyzer.class.getName());
    }
}
