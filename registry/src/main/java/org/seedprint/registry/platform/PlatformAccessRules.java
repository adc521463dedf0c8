package org.seedprint.registry.platform;

import static org.seedprint.registry.platform.AccessRule.open;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Health, the API documentation and the error page: public. */
@Component
@Order(0)
class PlatformAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                open(GET, "/actuator"),
                open(GET, "/actuator/health/**"),
                open(GET, "/actuator/info"),
                open(GET, "/v3/api-docs/**"),
                open(GET, "/v3/api-docs.yaml"),
                open(GET, "/swagger-ui.html"),
                open(GET, "/swagger-ui/**"),
                open(null, "/error"));
    }
}
