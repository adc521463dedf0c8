package org.seedprint.registry.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.seedprint.registry.varieties.CropService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Crops by their names, never their UPOV codes, for the pages ({@code @cropNames.of(code)}). */
@Component("cropNames")
public class CropNames {

    private final CropService crops;

    CropNames(CropService crops) {
        this.crops = crops;
    }

    /** "水稻 Rice" per UPOV code, in the crops' order. */
    public Map<String, String> all() {
        Map<String, String> names = new LinkedHashMap<>();
        crops.list(PageRequest.of(0, 200))
                .forEach(c -> names.put(c.getUpovCode(), c.getChineseName() + " " + c.getEnglishName()));
        return names;
    }

    /** "水稻 Rice" for ORYZA_SAT; the code itself when no such crop is stored. */
    public String of(String code) {
        return crops.find(code)
                .map(c -> c.getChineseName() + " " + c.getEnglishName())
                .orElse(code);
    }
}
