package vn.motcua.portal.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.shared.DemoLoading;
import vn.motcua.shared.DemoMode;

/**
 * The demo citizen's papers rendered beside the dossiers: seven PDF pages, each with its embedded font, that the
 * citizen's applications (order 45, after the dossiers) would otherwise render on the first start's main thread.
 */
@Component
@Order(35)
class DemoPapersAhead implements ApplicationRunner {

    private final DemoMode demoMode;
    private final DemoLoading loading;
    private final DemoPaper papers;

    DemoPapersAhead(DemoMode demoMode, DemoLoading loading, DemoPaper papers) {
        this.demoMode = demoMode;
        this.loading = loading;
        this.papers = papers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.shouldLoad()) {
            loading.beside("papers", () -> papers.ahead(DemoSubmissions.PAPERS));
        }
    }
}
