package org.seedprint.registry.matching;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Why a screening runs and for whom: what {@link CloseMatchFound} tells the areas that listen
 * (benefit sharing opens claim notices from it).
 *
 * @param kind                    which use of the matcher screened
 * @param reference               the application number or case id, when the screening belongs to one
 * @param candidate               what was screened, as the person asking describes it
 * @param applicantOrganisationId the organisation on whose behalf it was screened, when known
 * @param applicantOrganisation   that organisation's name, when known
 */
public record ScreeningContext(
        Kind kind,
        @Nullable String reference,
        String candidate,
        @Nullable Long applicantOrganisationId,
        @Nullable String applicantOrganisation) {

    public enum Kind {
        /** {@code POST /api/v1/matches}. */
        API,
        /** The examiner's match page. */
        WEB,
        /** An application's screening (examination). */
        APPLICATION,
        /** A comparison a court ordered within a case. */
        COURT_ORDER;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** An ad-hoc screening (API or match page) of the signed-in user's organisation. */
    public static ScreeningContext adHoc(Kind kind, @Nullable Long organisationId) {
        return new ScreeningContext(kind, null, "", organisationId, null);
    }

    /** The same context for one query of a screening, described by its label when none was given. */
    ScreeningContext describing(String label) {
        return candidate.isBlank()
                ? new ScreeningContext(kind, reference, label, applicantOrganisationId, applicantOrganisation)
                : this;
    }
}
