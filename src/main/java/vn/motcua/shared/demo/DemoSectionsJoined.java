package vn.motcua.shared.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.shared.DemoLoading;

/**
 * Waits for the demo sections loaded beside the dossiers (orders up to 70) before the sections that
 * read them: the seed's report (80) and the reform index (90), which counts the plans' tasks.
 */
@Component
@Order(75)
class DemoSectionsJoined implements ApplicationRunner {

    private final DemoLoading loading;

    DemoSectionsJoined(DemoLoading loading) {
        this.loading = loading;
    }

    @Override
    public void run(ApplicationArguments args) {
        loading.awaitAll();
    }
}
