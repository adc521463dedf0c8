package org.seedprint.registry.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Paging of every list endpoint.
 *
 * @param maxSize   the largest {@code size} any list answers
 * @param maxOffset the deepest row a page may start at ({@code page * size}); deeper means narrowing the query
 */
@ConfigurationProperties("seedprint.paging")
public record PagingProperties(
        @DefaultValue("1000") int maxSize,
        @DefaultValue("100000") long maxOffset) {}
