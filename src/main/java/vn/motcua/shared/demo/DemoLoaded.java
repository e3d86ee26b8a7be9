package vn.motcua.shared.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.shared.DemoMode;

/** Marks the demo as loaded after every module's demo runner (orders below 1000) has run. */
@Component
@Order(1000)
class DemoLoaded implements ApplicationRunner {

    private final DemoMode demoMode;

    DemoLoaded(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.shouldLoad()) {
            demoMode.markLoaded();
        }
    }
}
