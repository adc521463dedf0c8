package org.seedprint.registry.sharing;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.Role;
import org.springframework.stereotype.Component;

/** Who acts in benefit sharing (a breeder for an organisation), organisations' names, and the audit of each act. */
@Component
class Breeders {

    /** A breeder acting for an organisation. */
    record Breeder(String username, long organisationId) {}

    private final CurrentUsers users;
    private final OrganisationService organisations;
    private final AuditTrail audit;

    Breeders(CurrentUsers users, OrganisationService organisations, AuditTrail audit) {
        this.users = users;
        this.organisations = organisations;
        this.audit = audit;
    }

    Breeder require() {
        CurrentUser u = users.require();
        Long org = u.organisationId();
        if (!u.has(Role.BREEDER) || org == null) {
            throw new Forbidden("benefit sharing needs a breeder acting for an organisation");
        }
        return new Breeder(u.username(), org);
    }

    /** The signed-in breeder's organisation, or -1 for anyone else (who is party to nothing). */
    long organisationOrNone() {
        return users.current()
                .filter(u -> u.has(Role.BREEDER) && u.organisationId() != null)
                .map(CurrentUser::organisationId)
                .orElse(-1L);
    }

    /** "中文名 Latin name", or the Latin name alone. */
    String name(long organisationId) {
        return organisations.find(organisationId).map(Breeders::name).orElse("organisation " + organisationId);
    }

    static String name(Organisation o) {
        return o.getNameChinese() == null ? o.getNameLatin() : o.getNameChinese() + " " + o.getNameLatin();
    }

    String code(long organisationId) {
        return organisations.find(organisationId).map(Organisation::getCode).orElse(String.valueOf(organisationId));
    }

    /** Statement parameters that may be null (JdbcClient's varargs do not take nulls). */
    static List<?> args(@Nullable Object... values) {
        return Arrays.asList(values);
    }

    void audit(String action, String subject, long organisationId, String detail) {
        audit.record(new AuditEntry("sharing." + action, subject, organisationId, AuditOutcome.SUCCESS, detail));
    }
}
