package org.seedprint.registry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database migrated before V13 was edited (match_run and match_hit moved to V14) still starts:
 * the old V13 is replayed from test resources into a schema of its own, then today's migrations run
 * over it as at a start. Without the callback the same start is refused.
 */
@RegistryIntegrationTest
class EditedMigrationsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDatabaseThatRanTheOldV13StillMigrates() {
        String schema = "legacy_" + System.nanoTime();
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/legacy")
                .load()
                .migrate();
        assertThat(checksum(schema))
                .as("the recorded checksum of the old V13")
                .isEqualTo(EditedMigrations.EDITS.getFirst().before());

        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .callbacks(new EditedMigrations())
                .load()
                .migrate();
        assertThat(checksum(schema)).isEqualTo(EditedMigrations.EDITS.getFirst().after());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name IN ('match_run', 'match_hit')",
                        Long.class,
                        schema))
                .isEqualTo(2);
    }

    @Test
    void withoutTheCallbackTheEditedV13IsRefused() {
        String schema = "legacy_" + System.nanoTime();
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/legacy")
                .load()
                .migrate();
        assertThatThrownBy(() -> Flyway.configure()
                        .dataSource(dataSource)
                        .schemas(schema)
                        .load()
                        .migrate())
                .hasMessageContaining("checksum mismatch");
    }

    private Integer checksum(String schema) {
        return jdbc.queryForObject(
                "SELECT checksum FROM \"" + schema + "\".flyway_schema_history WHERE version = '13'", Integer.class);
    }
}
