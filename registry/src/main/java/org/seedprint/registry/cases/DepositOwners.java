package org.seedprint.registry.cases;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who deposited what, answered by the deposits area (which depends on this one, so it implements
 * this interface): a grant takes the depositor from the deposit itself, never from a request.
 */
public interface DepositOwners {

    /** A deposit's owner: its depositor organisation (null for a depositor without one) and whether it is sealed. */
    record DepositOwner(UUID depositId, @Nullable Long organisationId, boolean sealed) {}

    /** The deposit's owner, or empty when there is no such deposit. */
    Optional<DepositOwner> find(UUID depositId);
}
