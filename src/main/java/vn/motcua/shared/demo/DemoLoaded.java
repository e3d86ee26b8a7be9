package vn.motcua.shared.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.shared.DemoLoading;
import vn.motcua.shared.DemoMode;

/** Marks the demo as loaded after every module's demo runner (orders below 1000) has run and every section loaded beside the dossiers is done. */
@Component
@Order(1000)
class DemoLoaded implements ApplicationRunner {

    private final DemoMode demoMode;
    private final DemoLoading loading;

    DemoLoaded(DemoMode demoMode, DemoLoading loading) {
        this.demoMode = demoMode;
        this.loading = loading;
    }

    @Override
    public void run(ApplicationArguments args) {
        loading.awaitAll();
        if (demoMode.shouldLoad()) {
            demoMode.markLoaded();
        }
    }
}
