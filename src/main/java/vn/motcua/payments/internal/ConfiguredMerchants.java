package vn.motcua.payments.internal;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.motcua.payments.MerchantSettings;
import vn.motcua.payments.ProvinceMerchants;
import vn.motcua.shared.SystemActor;

/**
 * The merchant accounts given in configuration ({@code motcua.payments.merchants.<province code>.*}),
 * written at start as an administrator would set them, so a deployment can keep its secret in the
 * environment; what administrators change later stays until the next start with a configured one.
 */
@Component
@Order(60)
class ConfiguredMerchants implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredMerchants.class);

    private final Environment environment;
    private final ProvinceMerchants merchants;

    ConfiguredMerchants(Environment environment, ProvinceMerchants merchants) {
        this.environment = environment;
        this.merchants = merchants;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, MerchantSettings> configured = Binder.get(environment)
                .bind("motcua.payments.merchants", Bindable.mapOf(String.class, MerchantSettings.class)).orElse(Map.of());
        configured.forEach((province, settings) -> {
            SystemActor.run(() -> merchants.configure(province, settings));
            log.info("Payment gateway merchant {} configured for province {}", settings.merchantCode(), province);
        });
    }
}
