package org.seedprint.registry.deposits;

import java.util.Optional;
import java.util.UUID;
import org.seedprint.registry.cases.DepositOwners;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the cases area who deposited a deposit, from the deposit itself. Reads the table directly
 * (not through {@link DepositService}, which needs the cases area's access policy: no cycle).
 */
@Component
class DepositOwnership implements DepositOwners {

    private final JdbcTemplate jdbc;

    DepositOwnership(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DepositOwner> find(UUID depositId) {
        return jdbc
                .query(
                        "SELECT depositor_organisation_id, visibility FROM deposit WHERE id = ?",
                        (rs, i) -> new DepositOwner(
                                depositId,
                                rs.getObject("depositor_organisation_id", Long.class),
                                Visibility.SEALED.name().equals(rs.getString("visibility"))),
                        depositId)
                .stream()
                .findFirst();
    }
}
