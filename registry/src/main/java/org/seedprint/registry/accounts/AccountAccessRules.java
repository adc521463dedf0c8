package org.seedprint.registry.accounts;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.AccessRule.open;
import static org.seedprint.registry.platform.AccessRule.signedIn;
import static org.seedprint.registry.platform.Role.ADMINISTRATOR;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Sign-in, one's own account and tokens; organisations and users are for administrators. */
@Component
@Order(10)
class AccountAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                open(POST, "/login"),
                signedIn(GET, "/api/v1/me"),
                signedIn(POST, "/api/v1/me/password"),
                signedIn(GET, "/api/v1/tokens"),
                signedIn(POST, "/api/v1/tokens"),
                signedIn(DELETE, "/api/v1/tokens/{id}"),
                open(GET, "/api/v1/organisations"),
                only(POST, "/api/v1/organisations", ADMINISTRATOR),
                only(GET, "/api/v1/users", ADMINISTRATOR),
                only(POST, "/api/v1/users", ADMINISTRATOR),
                only(PUT, "/api/v1/users/{username}/enabled", ADMINISTRATOR));
    }
}
