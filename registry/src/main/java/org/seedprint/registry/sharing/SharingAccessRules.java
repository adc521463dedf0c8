package org.seedprint.registry.sharing;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.AccessRule.open;
import static org.seedprint.registry.platform.Role.BREEDER;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The catalogue is public; everything else is breeders', and which side of a request or agreement is checked in the services. */
@Component
@Order(120)
class SharingAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                open(GET, "/api/v1/sharing/offers"),
                only(POST, "/api/v1/sharing/offers", BREEDER),
                open(GET, "/api/v1/sharing/offers/{id}"),
                only(DELETE, "/api/v1/sharing/offers/{id}", BREEDER),
                only(POST, "/api/v1/sharing/offers/{id}/requests", BREEDER),
                only(GET, "/api/v1/sharing/requests", BREEDER),
                only(GET, "/api/v1/sharing/requests/{id}", BREEDER),
                only(POST, "/api/v1/sharing/requests/{id}/approval", BREEDER),
                only(POST, "/api/v1/sharing/requests/{id}/refusal", BREEDER),
                only(POST, "/api/v1/sharing/requests/{id}/withdrawal", BREEDER),
                only(POST, "/api/v1/sharing/requests/{id}/shipment", BREEDER),
                only(POST, "/api/v1/sharing/requests/{id}/closure", BREEDER),
                only(GET, "/api/v1/sharing/agreements", BREEDER),
                only(GET, "/api/v1/sharing/agreements/{id}", BREEDER),
                only(POST, "/api/v1/sharing/agreements/{id}/acceptance", BREEDER),
                only(POST, "/api/v1/sharing/agreements/{id}/amendments", BREEDER),
                only(GET, "/api/v1/sharing/agreements/{id}/document", BREEDER),
                open(GET, "/api/v1/sharing/agreements/{id}/verification"),
                only(GET, "/api/v1/sharing/agreements/{id}/certificate.{format}", BREEDER),
                only(GET, "/api/v1/sharing/claims", BREEDER),
                only(GET, "/api/v1/sharing/claims/{id}", BREEDER),
                only(POST, "/api/v1/sharing/claims/{id}/claim", BREEDER),
                only(POST, "/api/v1/sharing/claims/{id}/dismissal", BREEDER),
                only(POST, "/api/v1/sharing/claims/{id}/settlement", BREEDER),
                only(POST, "/api/v1/sharing/claims/{id}/dispute", BREEDER),
                only(GET, "/api/v1/sharing/inbox", BREEDER),
                only(GET, "/api/v1/sharing/report", BREEDER),
                only(GET, "/api/v1/sharing/report.csv", BREEDER));
    }
}
