package org.seedprint.registry.varieties;

import java.util.List;

/**
 * The UPOV denomination rule: a new name must not be confusable with a name already in use for
 * the same crop. Implemented by the search area, which holds the index of names.
 */
public interface DenominationCheck {

    /** Varieties of this crop whose names look like the given ones, best first; excludes {@code selfId}. */
    List<SimilarName> similar(String cropCode, String denominationLatin, String denominationChinese, Long selfId);

    record SimilarName(long varietyId, String denomination, String reason) {}
}
