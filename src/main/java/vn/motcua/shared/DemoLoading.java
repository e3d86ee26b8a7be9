package vn.motcua.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Nạp dữ liệu mẫu song song: the demo's sections that need none of the dossiers (the agencies' demo
 * certificates, tasks and plans, the investment climate) load on a second thread beside the demo's dossiers, which keep the first. The
 * machine has two cores and the dossiers' load keeps PostgreSQL and the application busy in turns, so
 * the first start is ready sooner. A section runs once its module's runner hands it over, the
 * sections of the second thread one after another in the order handed over; {@link #awaitAll()} waits
 * for them and fails the start if one failed, before the sections that read them and before the demo
 * is marked loaded — readiness says OUT_OF_SERVICE until then.
 */
@Component
public class DemoLoading {

    private static final Logger log = LoggerFactory.getLogger(DemoLoading.class);

    private final List<CompletableFuture<Void>> sections = new ArrayList<>();
    private ExecutorService beside;

    /** Hands a section over to the second thread; it starts once the sections handed over before it are done. */
    public synchronized void beside(String section, Runnable load) {
        if (beside == null) {
            beside = Executors.newSingleThreadExecutor(work -> {
                Thread thread = new Thread(work, "demo-beside");
                thread.setDaemon(true);
                return thread;
            });
        }
        sections.add(CompletableFuture.runAsync(() -> {
            long started = System.nanoTime();
            load.run();
            log.info("Demo section '{}' loaded beside the dossiers in {} ms", section, (System.nanoTime() - started) / 1_000_000);
        }, beside));
    }

    /** Waits for every section handed over; the first failure fails the caller, as the section would have inline. */
    public void awaitAll() {
        List<CompletableFuture<Void>> waiting;
        synchronized (this) {
            waiting = List.copyOf(sections);
        }
        try {
            CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } finally {
            synchronized (this) {
                if (beside != null && sections.stream().allMatch(CompletableFuture::isDone)) {
                    beside.shutdown();
                    beside = null;
                    sections.clear();
                }
            }
        }
    }
}
