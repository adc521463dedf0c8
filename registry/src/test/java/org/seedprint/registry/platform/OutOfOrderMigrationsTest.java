package org.seedprint.registry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration numbers are reserved per area, so a database often meets a new migration numbered
 * below the newest it ran (a sharing V7x after the brapi V110). Here a schema first runs every
 * migration but one of the middle ones, then the registry's own Flyway configuration migrates it.
 */
@RegistryIntegrationTest
class OutOfOrderMigrationsTest {

    /** A migration below the newest one (V110): the last of the reports' range. */
    static final String HELD_BACK = "V96__comparison_report_forms.sql";

    @Autowired
    Flyway registryFlyway;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path older;

    @Test
    void aNewMigrationBelowTheNewestAppliedOneIsApplied() throws IOException {
        String schema = olderDatabase();
        Flyway.configure()
                .configuration(registryFlyway.getConfiguration())
                .schemas(schema)
                .load()
                .migrate();
        assertThat(jdbc.queryForObject(
                        "SELECT success FROM \"" + schema + "\".flyway_schema_history WHERE version = '96'",
                        Boolean.class))
                .isTrue();
    }

    @Test
    void inOrderFlywayWouldRefuseThatDatabase() throws IOException {
        String schema = olderDatabase();
        assertThatThrownBy(() -> Flyway.configure()
                        .configuration(registryFlyway.getConfiguration())
                        .outOfOrder(false)
                        .schemas(schema)
                        .load()
                        .migrate())
                .hasMessageContaining("not applied");
    }

    /** A schema migrated with today's files except {@link #HELD_BACK}, as a database made before it. */
    private String olderDatabase() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql");
        assertThat(files).extracting(Resource::getFilename).contains(HELD_BACK, "V110__brapi_search.sql");
        for (Resource file : files) {
            String name = Objects.requireNonNull(file.getFilename());
            if (name.equals(HELD_BACK)) continue;
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, older.resolve(name));
            }
        }
        String schema = "older_" + System.nanoTime();
        Flyway.configure()
                .dataSource(registryFlyway.getConfiguration().getDataSource())
                .schemas(schema)
                .locations("filesystem:" + older)
                .callbacks(new EditedMigrations())
                .load()
                .migrate();
        return schema;
    }
}
