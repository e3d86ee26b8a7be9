package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every table of the migrated database belongs to a module and carries its name, so whoever reads
 * the schema knows which module owns a table and nothing outside the modules keeps data.
 */
@DemoSystemTest
class TableOwnershipTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableIsPrefixedWithTheModuleThatOwnsIt() {
        List<String> prefixes = ApplicationModules.of(MotCuaApplication.class).stream().map(m -> m.getIdentifier() + "_").toList();
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'""")
                .query(String.class).list();
        assertThat(tables).isNotEmpty().allSatisfy(table -> assertThat(prefixes).anySatisfy(prefix -> assertThat(table).startsWith(prefix)));
        assertThat(tables).doesNotContain("event_publication");
    }
}
