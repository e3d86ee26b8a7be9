package vn.motcua.shared.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.shared.DemoMode;

/** Marks the demo as begun before any module's demo runner (orders 10 to 999) writes a row of it: a start stopped halfway is then undone at the next. */
@Component
@Order(9)
class DemoStarted implements ApplicationRunner {

    private final DemoMode demoMode;

    DemoStarted(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.shouldLoad()) {
            demoMode.markStarted();
        }
    }
}
