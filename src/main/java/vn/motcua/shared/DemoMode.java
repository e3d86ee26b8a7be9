package vn.motcua.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.shared.database.DatabaseMode;

/**
 * Whether this installation runs on demo data. Demo data is loaded once, on a fresh embedded
 * database (or when forced with motcua.demo=true), and never on an installation whose first
 * administrator was created for real.
 */
@Component
public class DemoMode {

    /** The settings that record the demo's state: loaded, a real installation, begun. */
    public static final String DEMO = "demo.loaded";
    public static final String INSTALLED = "installation.initialized";
    /** Set before the first demo section is written, so that a start stopped halfway is recognised and undone at the next (shared.database.InterruptedDemo). */
    public static final String STARTED = "demo.started";

    private final JdbcClient jdbc;
    private final String setting;
    private final boolean embedded;
    private volatile Boolean activeSeen;

    public DemoMode(JdbcClient jdbc, @Value("${motcua.demo:auto}") String setting, DatabaseMode databaseMode) {
        this.jdbc = jdbc;
        this.setting = setting.trim().toLowerCase(java.util.Locale.ROOT);
        this.embedded = databaseMode.embedded();
        if (!java.util.Set.of("auto", "true", "false").contains(this.setting)) {
            throw new IllegalStateException("motcua.demo must be auto, true or false, not '" + setting + "'");
        }
    }

    /** True when the demo data should be loaded now: asked for, and not loaded before. */
    public boolean shouldLoad() {
        if (setting.equals("false") || isMarked(DEMO)) {
            return false;
        }
        return setting.equals("true") || (embedded && !isMarked(INSTALLED));
    }

    /** True when the installation holds demo data, so every page says so. */
    public boolean active() {
        // Asked on every page: read once; demo data only ever arrives at start-up, through markLoaded.
        Boolean known = activeSeen;
        if (known == null) {
            known = isMarked(DEMO);
            activeSeen = known;
        }
        return known;
    }

    /** Called before the demo's first section is written. */
    public void markStarted() {
        mark(STARTED);
    }

    public void markLoaded() {
        activeSeen = true;
        mark(DEMO);
        mark(INSTALLED);
    }

    /** Called when a real first administrator is created: no demo will be loaded after that. */
    public void markInstalled() {
        mark(INSTALLED);
    }

    private boolean isMarked(String name) {
        return jdbc.sql("select count(*) from shared_setting where name = ?").param(name).query(Long.class).single() > 0;
    }

    private void mark(String name) {
        jdbc.sql("insert into shared_setting (name, value) values (?, 'true') on conflict (name) do nothing")
                .param(name).update();
    }
}
