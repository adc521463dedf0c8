package org.seedprint.registry.profiles;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.AccessRule.open;
import static org.seedprint.registry.platform.Role.ADMINISTRATOR;
import static org.seedprint.registry.platform.Role.BREEDER;
import static org.seedprint.registry.platform.Role.COURT;
import static org.seedprint.registry.platform.Role.EXAMINER;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Panels are public; profiles and their QC are for breeders, examiners and courts. */
@Component
@Order(80)
class ProfileAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                open(GET, "/api/v1/panels"),
                only(GET, "/api/v1/profiles/{id}", BREEDER, EXAMINER, COURT),
                only(DELETE, "/api/v1/profiles/{id}", ADMINISTRATOR));
    }
}
