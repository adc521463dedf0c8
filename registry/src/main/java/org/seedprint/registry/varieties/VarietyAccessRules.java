package org.seedprint.registry.varieties;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.AccessRule.open;
import static org.seedprint.registry.platform.Role.ADMINISTRATOR;
import static org.seedprint.registry.platform.Role.BREEDER;
import static org.seedprint.registry.platform.Role.EXAMINER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Open variety records and crops are public; drafts are checked in the service. */
@Component
@Order(40)
class VarietyAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                only(POST, "/api/v1/varieties", BREEDER, EXAMINER, ADMINISTRATOR),
                open(GET, "/api/v1/varieties/{id}"),
                only(PUT, "/api/v1/varieties/{id}", BREEDER, EXAMINER, ADMINISTRATOR),
                only(PUT, "/api/v1/varieties/{id}/owner", ADMINISTRATOR),
                open(GET, "/api/v1/crops"),
                open(GET, "/api/v1/crops/{code}"),
                only(PUT, "/api/v1/crops/{code}", ADMINISTRATOR));
    }
}
