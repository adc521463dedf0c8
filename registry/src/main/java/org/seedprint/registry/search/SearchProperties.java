package org.seedprint.registry.search;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param directory where the Lucene index lives, beside the database's data */
@ConfigurationProperties("seedprint.search")
public record SearchProperties(@DefaultValue("var/search") Path directory) {}
