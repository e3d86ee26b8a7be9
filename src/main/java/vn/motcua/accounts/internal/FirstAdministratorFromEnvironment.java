package vn.motcua.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.accounts.FirstAdministrator;

/** With MOTCUA_ADMIN_PASSWORD set and no account yet, creates the administrator "admin" at start-up. */
@Component
@Order(5)
class FirstAdministratorFromEnvironment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministratorFromEnvironment.class);

    private final FirstAdministrator firstAdministrator;
    private final String password;

    FirstAdministratorFromEnvironment(FirstAdministrator firstAdministrator, @Value("${motcua.admin-password:}") String password) {
        this.firstAdministrator = firstAdministrator;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!password.isEmpty() && firstAdministrator.needed()) {
            firstAdministrator.create(FirstAdministrator.USERNAME, null, password);
            log.info("Created the first administrator '{}' from MOTCUA_ADMIN_PASSWORD", FirstAdministrator.USERNAME);
        }
    }
}
