package org.seedprint.registry.varieties;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Resolves owner and parent names for API views, in bulk for lists. */
@Component
@Transactional(readOnly = true)
public class VarietyViews {

    private final VarietyService varieties;
    private final OrganisationService organisations;

    VarietyViews(VarietyService varieties, OrganisationService organisations) {
        this.varieties = varieties;
        this.organisations = organisations;
    }

    public VarietyView view(Variety v) {
        return views(List.of(v)).get(0);
    }

    /** Views of the varieties with these ids, in the order of the ids. */
    public List<VarietyView> viewsOfIds(List<Long> ids) {
        Map<Long, Variety> byId =
                varieties.findAll(ids).stream().collect(Collectors.toMap(Variety::getId, Function.identity()));
        return views(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    public List<VarietyView> views(List<Variety> list) {
        List<Long> parentIds = list.stream()
                .flatMap(v -> v.getParents().stream())
                .map(Parentage::parentId)
                .distinct()
                .toList();
        Map<Long, String> parentNames =
                varieties.findAll(parentIds).stream().collect(Collectors.toMap(Variety::getId, Variety::displayName));
        return list.stream()
                .map(v -> new VarietyView(
                        v.getId(),
                        v.getCropCode(),
                        v.getDenominationLatin(),
                        v.getDenominationChinese(),
                        v.getSynonyms(),
                        v.getKind(),
                        v.getStatus(),
                        v.getOwnerOrganisationId(),
                        v.getOwnerOrganisationId() == null
                                ? null
                                : organisations
                                        .find(v.getOwnerOrganisationId())
                                        .map(Organisation::getNameLatin)
                                        .orElse(null),
                        v.getAccessionNumber(),
                        v.getPopulation(),
                        v.getApplicationNumber(),
                        v.getApplicationDate(),
                        v.getGrantNumber(),
                        v.getGrantDate(),
                        v.getDerivationMethod(),
                        v.getParents().stream()
                                .sorted(Comparator.comparing(Parentage::role).thenComparing(Parentage::parentId))
                                .map(p -> new VarietyView.ParentView(
                                        p.parentId(), p.role(), parentNames.get(p.parentId())))
                                .toList(),
                        v.getUpdatedAt(),
                        v.getVersion()))
                .toList();
    }
}
