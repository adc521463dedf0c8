package org.seedprint.registry.deposits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where master-key rotation stands, for the administrator: the current key, the keys still in the
 * key file, and how many sealed deposits each key wraps (after a completed rotation, all of them
 * under the current key; an older key still wrapping deposits means a rotation was interrupted).
 */
@Component
public class MasterKeyStatus {

    /**
     * @param currentKeyId   the key new deposits are sealed under ({@code mk-<date of creation>-...})
     * @param keyIds         every key in the key file, oldest first
     * @param sealedByKey    sealed deposits per wrapping key id, keys of the file without deposits included
     */
    public record Status(String currentKeyId, List<String> keyIds, Map<String, Long> sealedByKey) {

        /** Every sealed deposit is wrapped by the current key. */
        public boolean allOnCurrentKey() {
            return sealedByKey.entrySet().stream().allMatch(e -> e.getKey().equals(currentKeyId) || e.getValue() == 0);
        }
    }

    private final MasterKeys keys;
    private final JdbcTemplate jdbc;

    MasterKeyStatus(MasterKeys keys, JdbcTemplate jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    public Status read() {
        Map<String, Long> byKey = new LinkedHashMap<>();
        keys.ids().forEach(id -> byKey.put(id, 0L));
        jdbc.query(
                "SELECT master_key_id, count(*) AS n FROM deposit WHERE wrapped_key IS NOT NULL"
                        + " GROUP BY master_key_id ORDER BY master_key_id",
                rs -> {
                    byKey.put(rs.getString("master_key_id"), rs.getLong("n"));
                });
        return new Status(keys.currentId(), keys.ids(), byKey);
    }
}
