package org.seedprint.cluster;

import java.io.Serial;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * How many hits per query, as the single-machine {@code match} decides: with {@code --min-similarity}
 * every hit at or above it (at most {@code --top} when given), else the best {@code --top} (10).
 *
 * @param limit hits kept per query; {@link Integer#MAX_VALUE} for no limit
 */
public record ScreenLimits(@Nullable Double minSimilarity, int limit, boolean excludeSelf) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static ScreenLimits of(@Nullable Integer top, @Nullable Double minSimilarity, boolean excludeSelf) {
        if (top != null && top < 1) throw new IllegalArgumentException("--top must be >= 1, got " + top);
        int limit = top != null ? top : (minSimilarity != null ? Integer.MAX_VALUE : 10);
        return new ScreenLimits(minSimilarity, limit, excludeSelf);
    }
}
