package org.seedprint.registry.web.examination;

import java.util.Map;
import java.util.Optional;
import org.seedprint.registry.examination.Application;
import org.seedprint.registry.examination.Applications;
import org.seedprint.registry.web.HomeSection;
import org.seedprint.registry.web.HomeSections;
import org.seedprint.registry.web.Viewer;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** An examiner's home page: the screened applications that wait for a decision, and the way to file a batch. */
@Component
class ExaminationHome implements HomeSections {

    private final Applications applications;

    ExaminationHome(Applications applications) {
        this.applications = applications;
    }

    @Override
    public Optional<HomeSection> section(Viewer me) {
        if (!me.may("GET", "/examination/batches")) return Optional.empty();
        var waiting = applications.page(
                new Applications.Filters(null, Application.Status.SCREENED, null), PageRequest.of(0, 8));
        return Optional.of(new HomeSection(310, "examination/home", Map.of("waiting", waiting)));
    }
}
