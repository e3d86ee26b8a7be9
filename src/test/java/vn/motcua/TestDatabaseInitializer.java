package vn.motcua;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application context of the test run at the shared test database, unless the test
 * chose a database of its own (motcua.db.url) or wants the embedded mode itself (motcua.data-dir),
 * and hashes passwords at BCrypt's lowest cost: the tests call the API thousands of times with HTTP
 * Basic, and each call checks a password.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("motcua-test-passwords",
                Map.of("motcua.security.bcrypt-strength", "4")));
        boolean ownDatabase = !environment.getProperty("motcua.db.url", "").isBlank()
                || environment.getProperty("motcua.test.embedded", Boolean.class, false);
        if (ownDatabase) {
            return;
        }
        TestDatabase database = TestDatabase.get();
        Map<String, Object> properties = new HashMap<>();
        properties.put("motcua.db.url", database.url());
        properties.put("motcua.db.user", database.user());
        properties.put("motcua.db.password", database.password());
        properties.put("motcua.db.pool-size", "4");
        environment.getPropertySources().addFirst(new MapPropertySource("motcua-test-database", properties));
    }
}
