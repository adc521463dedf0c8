package org.seedprint.registry.web.breeder;

import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.DomainException.Forbidden;

/** The signed-in breeder's organisation: a workspace shows that organisation's records only. */
final class Organisations {

    private Organisations() {}

    static long own(CurrentUsers users) {
        CurrentUser me = users.require();
        Long organisation = me.organisationId();
        if (organisation == null) throw new Forbidden("user " + me.username() + " belongs to no organisation");
        return organisation;
    }
}
