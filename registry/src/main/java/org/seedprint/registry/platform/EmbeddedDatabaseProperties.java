package org.seedprint.registry.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no external database is configured.
 *
 * @param dataDirectory where the cluster lives; kept between runs unless {@code clean}
 * @param port          0 picks a free port at each start
 * @param clean         start from an empty cluster and delete it on shutdown (tests)
 * @param database      database created inside the cluster for the registry
 */
@ConfigurationProperties("seedprint.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("var/pgdata") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("seedprint") String database) {}
