package vn.motcua.shared.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.shared.DemoLoading;

/**
 * Waits for the demo sections loaded beside the dossiers (handed over up to order 40) before the sections
 * after the dossiers, some of which read them: the citizen's applications (45), whose results are signed with
 * the demo certificates, the seed's report (80) and the reform index (90), which counts the plans' tasks.
 */
@Component
@Order(44)
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
