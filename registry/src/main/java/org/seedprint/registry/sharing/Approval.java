package org.seedprint.registry.sharing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The owner's answer to a request: a note, and the agreement's terms when they differ from the
 * offer's defaults (null: the offer's terms).
 */
public record Approval(
        @Nullable @Valid OfferTerms terms,
        @Nullable @Size(max = 2000) String note) {}
