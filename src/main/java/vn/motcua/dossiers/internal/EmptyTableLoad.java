package vn.motcua.dossiers.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A bulk load into tables that hold no row yet — a new installation's first import of years of
 * records, or the demo at first start — done as PostgreSQL's manual advises for populating a database:
 * the tables' secondary indexes and foreign keys are dropped, the rows loaded, then the indexes built
 * and the keys checked once over all of them, from the definitions they had, in the caller's
 * transaction. Building an index over loaded rows, and checking a key with one join, costs a fraction
 * of keeping them row by row (a third of the demo's COPY time). Indexes that back a primary key or a
 * unique constraint stay, so duplicates are still refused as they arrive — unless the caller's rows are
 * unique by how they are made (sums by key), when the keys too are dropped and made again after them,
 * which checks them once. The tables are locked until the transaction ends, which only an installation
 * without data yet can afford; tables with rows, or owned by another account than the application's, are
 * loaded as they are.
 */
@Component
class EmptyTableLoad {

    private static final Logger log = LoggerFactory.getLogger(EmptyTableLoad.class);

    private final JdbcClient jdbc;

    EmptyTableLoad(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An index or a foreign key as PostgreSQL states it: its name, its table, and the statement that makes it again. */
    private record Definition(String name, String table, String statement) {
    }

    /**
     * Runs the load, on the given tables (names of this module's own tables, never input) without their secondary indexes when
     * all are empty; answers whether they were, so that the caller may derive what follows from the whole tables.
     */
    boolean run(List<String> tables, Runnable load) {
        return run(tables, false, load);
    }

    /**
     * As {@link #run(List, Runnable)}, with the tables' primary keys and unique constraints dropped too, for rows that cannot
     * repeat a key (a grouping by it); made again after the load, which would still refuse a duplicate. A key another table's
     * foreign key refers to stays.
     */
    boolean runWithoutKeys(List<String> tables, Runnable load) {
        return run(tables, true, load);
    }

    private boolean run(List<String> tables, boolean uniqueKeysToo, Runnable load) {
        String relations = tables.stream().map(t -> "'" + t + "'::regclass").collect(Collectors.joining(", ", "array[", "]"));
        if (!emptyAndOwned(tables, relations)) {
            load.run();
            return false;
        }
        List<Definition> indexes = jdbc.sql("""
                select i.indexrelid::regclass::text, i.indrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                from pg_index i
                where i.indrelid = any(%s)
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x'))
                order by 1""".formatted(relations))
                .query((rs, n) -> new Definition(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        // In the order they are made again: primary and unique keys, then the foreign keys, which may refer to them.
        List<Definition> keys = jdbc.sql("""
                select quote_ident(c.conname), c.conrelid::regclass::text, pg_get_constraintdef(c.oid)
                from pg_constraint c
                where c.conrelid = any(%s)
                  and (c.contype = 'f' or (:uniqueKeysToo and c.contype in ('p', 'u')
                       and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid)))
                order by c.contype = 'f', 1""".formatted(relations))
                .param("uniqueKeysToo", uniqueKeysToo)
                .query((rs, n) -> new Definition(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        for (Definition key : keys) {
            jdbc.sql("alter table " + key.table() + " drop constraint " + key.name()).update();
        }
        if (!indexes.isEmpty()) {
            jdbc.sql("drop index " + indexes.stream().map(Definition::name).collect(Collectors.joining(", "))).update();
        }
        load.run();
        long started = System.nanoTime();
        // Sorting a few hundred thousand keys in the default 64 MB spills to disk, index by index; this transaction may take
        // more for its own builds. Building an index records the table's size, so the statements after it (the demo's sections
        // that read the dossiers just loaded) are planned on the rows there are; the columns' statistics are autovacuum's to
        // gather, once the rows are committed: an ANALYZE here cost more than the statements it served.
        String memory = jdbc.sql("select current_setting('maintenance_work_mem')").query(String.class).single();
        jdbc.sql("select set_config('maintenance_work_mem', '256MB', true)").query(String.class).single();
        for (Definition index : indexes) {
            jdbc.sql(index.statement()).update();
        }
        for (Definition key : keys) {
            jdbc.sql("alter table " + key.table() + " add constraint " + key.name() + " " + key.statement()).update();
        }
        jdbc.sql("select set_config('maintenance_work_mem', ?, true)").param(memory).query(String.class).single();
        log.info("Loaded {} without their {} secondary indexes and {} keys, made again in {} ms", tables, indexes.size(), keys.size(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** True when no table holds a row and the application's account owns them all, as dropping an index requires. */
    private boolean emptyAndOwned(List<String> tables, String relations) {
        String empty = tables.stream().map(t -> "not exists (select 1 from " + t + ")").collect(Collectors.joining(" and "));
        return jdbc.sql("select (" + empty + ") and (select bool_and(pg_has_role(current_user, c.relowner, 'USAGE'))"
                + " from pg_class c where c.oid = any(" + relations + "))").query(Boolean.class).single();
    }
}
