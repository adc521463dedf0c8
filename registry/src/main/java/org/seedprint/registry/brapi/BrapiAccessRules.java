package org.seedprint.registry.brapi;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.AccessRule.open;
import static org.seedprint.registry.platform.Role.BREEDER;
import static org.seedprint.registry.platform.Role.COURT;
import static org.seedprint.registry.platform.Role.EXAMINER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * What the registry publishes anyway is open: server info, crops, varieties (germplasm), panels
 * and their loci (variant sets, variants, maps). Genotypes (samples, call sets, calls, the allele
 * matrix) follow the rule of {@code GET /api/v1/profiles/{id}}: breeders, examiners and courts,
 * signed in or with {@code Authorization: Bearer}. Every other /brapi path is refused.
 */
@Component
@Order(130)
class BrapiAccessRules implements AreaAccessRules {

    private static final String B = Brapi.BASE;

    @Override
    public List<AccessRule> rules() {
        return List.of(
                open(GET, B + "/serverinfo"),
                open(GET, B + "/commoncropnames"),
                open(GET, B + "/germplasm"),
                open(GET, B + "/germplasm/{germplasmDbId}"),
                open(GET, B + "/germplasm/{germplasmDbId}/mcpd"),
                open(GET, B + "/germplasm/{germplasmDbId}/pedigree"),
                open(GET, B + "/germplasm/{germplasmDbId}/progeny"),
                open(POST, B + "/search/germplasm"),
                open(GET, B + "/search/germplasm/{searchResultsDbId}"),
                open(GET, B + "/variantsets"),
                open(GET, B + "/variantsets/{variantSetDbId}"),
                open(GET, B + "/variantsets/{variantSetDbId}/variants"),
                open(GET, B + "/variants"),
                open(GET, B + "/variants/{variantDbId}"),
                open(POST, B + "/search/variants"),
                open(GET, B + "/search/variants/{searchResultsDbId}"),
                open(GET, B + "/maps"),
                open(GET, B + "/maps/{mapDbId}"),
                open(GET, B + "/maps/{mapDbId}/linkagegroups"),
                open(GET, B + "/markerpositions"),
                genotypes(GET, "/samples"),
                genotypes(GET, "/samples/{sampleDbId}"),
                genotypes(GET, "/callsets"),
                genotypes(GET, "/callsets/{callSetDbId}"),
                genotypes(GET, "/callsets/{callSetDbId}/calls"),
                genotypes(POST, "/search/callsets"),
                genotypes(GET, "/search/callsets/{searchResultsDbId}"),
                genotypes(GET, "/variantsets/{variantSetDbId}/callsets"),
                genotypes(GET, "/variantsets/{variantSetDbId}/calls"),
                genotypes(GET, "/variants/{variantDbId}/calls"),
                genotypes(GET, "/calls"),
                genotypes(POST, "/search/calls"),
                genotypes(GET, "/search/calls/{searchResultsDbId}"),
                genotypes(GET, "/allelematrix"),
                genotypes(POST, "/search/allelematrix"),
                genotypes(GET, "/search/allelematrix/{searchResultsDbId}"));
    }

    private static AccessRule genotypes(HttpMethod method, String path) {
        return only(method, B + path, BREEDER, EXAMINER, COURT);
    }
}
