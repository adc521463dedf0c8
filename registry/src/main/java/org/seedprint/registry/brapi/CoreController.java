package org.seedprint.registry.brapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.PagingProperties;
import org.seedprint.registry.varieties.Crop;
import org.seedprint.registry.varieties.CropService;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** BrAPI-Core: what this server implements, and its crops. */
@RestController
@RequestMapping(Brapi.BASE)
class CoreController {

    static final String JSON = "application/json";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServerInfo(
            String serverName,
            String serverDescription,
            String organizationName,
            @Nullable String documentationURL,
            List<Service> calls) {}

    record Service(String service, List<String> methods, List<String> versions, List<String> contentTypes) {}

    private final ApplicationContext context;
    private final CropService crops;
    private final PagingProperties limits;

    CoreController(ApplicationContext context, CropService crops, PagingProperties limits) {
        this.context = context;
        this.crops = crops;
        this.limits = limits;
    }

    @GetMapping("/serverinfo")
    Brapi<ServerInfo> serverInfo(
            @RequestParam(required = false) @Nullable String contentType,
            @RequestParam(required = false) @Nullable String dataType) {
        String wanted = contentType != null ? contentType : dataType;
        List<Service> calls = wanted == null || wanted.equals(JSON) ? calls() : List.of();
        return Brapi.single(new ServerInfo(
                "SeedPrint registry",
                "SeedPrint seed-germplasm DNA fingerprint registry: varieties as germplasm, MNP marker panels as"
                        + " variant sets, haplotype loci as variants, profiles as call sets (BrAPI v2.1, read only)",
                "SeedPrint",
                null,
                calls));
    }

    @GetMapping("/commoncropnames")
    Brapi<Brapi.Data<String>> commonCropNames(@RequestParam Map<String, String> query) {
        Paging paging = Paging.of(query, "page", "pageSize", limits);
        var page = crops.list(PageRequest.of(paging.page(), paging.pageSize(), Sort.by("englishName")));
        return Brapi.page(
                page.getContent().stream().map(Crop::getEnglishName).toList(), paging, page.getTotalElements());
    }

    /**
     * Every BrAPI call this server answers, read from its own request mappings so that the list
     * cannot drift from the code: path relative to /brapi/v2 with the specification's parameter
     * names, and its methods.
     */
    private List<Service> calls() {
        Map<String, Set<String>> methods = new TreeMap<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
                    if (!handler.getBeanType().getPackageName().equals(CoreController.class.getPackageName())) return;
                    for (String pattern : info.getPatternValues()) {
                        if (!pattern.startsWith(Brapi.BASE + "/")) continue;
                        Set<String> m = methods.computeIfAbsent(
                                pattern.substring(Brapi.BASE.length() + 1), k -> new TreeSet<>());
                        for (RequestMethod r : info.getMethodsCondition().getMethods()) m.add(r.name());
                    }
                }));
        List<Service> out = new ArrayList<>();
        methods.forEach((path, m) -> out.add(new Service(path, List.copyOf(m), List.of(Brapi.VERSION), List.of(JSON))));
        return out;
    }
}
