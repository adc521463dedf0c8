package org.seedprint.registry.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when {@code spring.datasource.url} is not set, so that a fresh
 * clone runs with only a JDK. With a URL (e.g. {@code SPRING_DATASOURCE_URL}) Spring Boot's own
 * data source is used and nothing here is created.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties props) throws IOException {
        Path dataDir = props.dataDirectory().toAbsolutePath();
        Path parent = Objects.requireNonNull(dataDir.getParent(), "the data directory cannot be the root");
        Files.createDirectories(parent);
        StalePostmaster.stopIfRunning(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(props.clean())
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8");
        if (!props.clean()) {
            // zonky defaults to fsync off and asynchronous commit, fine for throw-away test
            // clusters; a kept registry acknowledges evidence only once it is on disk.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        if (props.port() > 0) {
            builder.setPort(props.port());
        }
        if (System.getProperty("ot.epg.working-dir") == null) {
            builder.setOverrideWorkingDirectory(parent.resolve("embedded-pg").toFile());
        }
        return builder.start();
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties props) throws SQLException {
        createDatabaseIfMissing(postgres, props.database());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", props.database()));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("seedprint-embedded");
        HikariDataSource ds = new HikariDataSource(config);
        try (Connection c = ds.getConnection()) {
            log.info(
                    "Database: embedded PostgreSQL {} on port {}, data directory {}{}",
                    c.getMetaData().getDatabaseProductVersion(),
                    postgres.getPort(),
                    props.dataDirectory().toAbsolutePath(),
                    props.clean() ? " (temporary)" : " (kept between runs)");
        }
        return ds;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("seedprint.embedded-db.database must be a plain identifier: " + name);
        }
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        }
    }
}
