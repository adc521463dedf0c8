package org.seedprint.registry.web.court;

import java.util.Map;
import java.util.Optional;
import org.seedprint.registry.cases.CourtCases;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.web.HomeSection;
import org.seedprint.registry.web.HomeSections;
import org.seedprint.registry.web.Viewer;
import org.springframework.stereotype.Component;

/** A court user's home page: the court's cases first. */
@Component
class CourtHome implements HomeSections {

    private final CourtCases cases;

    CourtHome(CourtCases cases) {
        this.cases = cases;
    }

    @Override
    public Optional<HomeSection> section(Viewer me) {
        if (!me.may("GET", "/court/cases")) return Optional.empty();
        try {
            return Optional.of(new HomeSection(400, "court/home", Map.of("cases", cases.listOwn())));
        } catch (DomainException.Forbidden e) {
            return Optional.empty(); // a court user of no organisation has no cases
        }
    }
}
