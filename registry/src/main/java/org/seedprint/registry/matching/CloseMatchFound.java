package org.seedprint.registry.matching;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A screening classed a candidate as indistinct from, or an EDV candidate of, a stored profile.
 * Published once per such hit of every screening (API, match page, an application's screening, a
 * court-ordered comparison) inside the screening's transaction, so a listener's work commits or
 * rolls back with it. Matching does not know deposits (a sealed deposit's content is encrypted),
 * so the event carries what the profile belongs to and a listener decides whether it concerns a
 * deposit or an authorised variety with a registered owner.
 *
 * @param runId             the stored screening ({@code match_run})
 * @param matchedProfileId  the library profile hit
 * @param varietyId         the variety that profile belongs to, when it belongs to one
 * @param varietyKind       {@code AUTHORISED}, {@code CANDIDATE}, ... of that variety
 * @param ownerOrganisationId the variety's registered owner, when it has one
 * @param classification    {@code indistinct} or {@code edv-candidate}
 */
public record CloseMatchFound(
        ScreeningContext context,
        long runId,
        String cropCode,
        long panelId,
        long matchedProfileId,
        @Nullable Long varietyId,
        @Nullable String varietyKind,
        @Nullable Long ownerOrganisationId,
        String classification,
        double similarity,
        int compared,
        int identical,
        int differing,
        Instant at) {

    /** The classes that make a hit close: what benefit sharing acts on. */
    public static boolean isClose(String classification) {
        return classification.equals("indistinct") || classification.equals("edv-candidate");
    }
}
