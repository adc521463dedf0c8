package org.seedprint.registry.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.stereotype.Component;

/**
 * Migrations that were edited on purpose after they ran, and the checksum each had before: on a
 * database that ran the old file, the stored checksum is moved to the new one before Flyway
 * validates, so that such a database (a developer's {@code var/pgdata}) still starts. Only an
 * exact old checksum is moved: any other edit of a migration that has run still stops the start.
 * Never add to this list lightly; a change to the schema is a new migration.
 */
@Component
class EditedMigrations implements Callback {

    /** One deliberate edit: {@code version} had {@code before} and has {@code after} now. */
    record Edit(String version, int before, int after, String why) {}

    static final List<Edit> EDITS = List.of(new Edit(
            "13",
            881956587,
            -1020144370,
            "match_run and match_hit moved to V14__match_run.sql, the matching area's own migration"));

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = historyTable(context.getConfiguration());
        Connection c = context.getConnection();
        try {
            if (!exists(c, table)) return;
            for (Edit e : EDITS) {
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE " + table + " SET checksum = ? WHERE version = ? AND checksum = ?")) {
                    s.setInt(1, e.after());
                    s.setString(2, e.version());
                    s.setInt(3, e.before());
                    s.executeUpdate();
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("could not accept the edited migrations in " + table, ex);
        }
    }

    @Override
    public String getCallbackName() {
        return "seedprint-edited-migrations";
    }

    private static String historyTable(Configuration cfg) {
        String schema = cfg.getDefaultSchema() != null
                ? cfg.getDefaultSchema()
                : cfg.getSchemas().length > 0 ? cfg.getSchemas()[0] : null;
        return (schema == null ? "" : '"' + schema + "\".") + '"' + cfg.getTable() + '"';
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
