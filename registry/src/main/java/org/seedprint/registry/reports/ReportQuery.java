package org.seedprint.registry.reports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.seedprint.matcher.profile.Profile;

/** The query side of a comparison report: a profile of the library, or one that is not stored in it. */
public sealed interface ReportQuery {

    /** A stored profile of the library, by id. */
    record Stored(long profileId) implements ReportQuery {}

    /**
     * A profile the registry does not store as a library profile: an application's candidate, a
     * seized sample's uploaded genotypes.
     *
     * @param identity what the report states about it (plain values: strings, integers, maps); the
     *                 report adds the SHA-256 of its genotypes
     */
    record Submitted(long panelId, Profile profile, Map<String, Object> identity) implements ReportQuery {
        public Submitted {
            identity = Collections.unmodifiableMap(new LinkedHashMap<>(identity));
        }
    }
}
