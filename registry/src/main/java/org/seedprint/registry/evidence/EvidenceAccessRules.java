package org.seedprint.registry.evidence;

import static org.seedprint.registry.platform.AccessRule.anonymous;
import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.AccessRule.open;
import static org.seedprint.registry.platform.Role.ADMINISTRATOR;
import static org.seedprint.registry.platform.Role.COURT;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Checkpoints, proofs, trust anchors and the verifier are public; the log audit is not. */
@Component
@Order(100)
class EvidenceAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                open(GET, "/api/v1/log/checkpoint"),
                open(GET, "/api/v1/log/checkpoints/{size}"),
                open(GET, "/api/v1/log/key"),
                open(GET, "/api/v1/log/tile/**"),
                open(GET, "/api/v1/evidence/ca.pem"),
                open(GET, "/api/v1/evidence/tsa.pem"),
                open(GET, "/api/v1/log/proof/inclusion"),
                open(GET, "/api/v1/log/proof/consistency"),
                only(GET, "/api/v1/log/audit", ADMINISTRATOR, COURT),
                anonymous(POST, "/api/v1/verify"));
    }
}
