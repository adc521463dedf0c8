package org.seedprint.registry.varieties;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The UPOV denomination rule: a new name must not be confusable with a name already in use for
 * the same crop. Implemented by the search area, which holds the index of names.
 */
public interface DenominationCheck {

    /** Varieties of this crop whose names look like the given ones, best first; excludes {@code selfId}. */
    List<SimilarName> similar(
            String cropCode,
            @Nullable String denominationLatin,
            @Nullable String denominationChinese,
            @Nullable Long selfId);

    record SimilarName(long varietyId, String denomination, String reason) {}
}
