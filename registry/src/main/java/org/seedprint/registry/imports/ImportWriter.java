package org.seedprint.registry.imports;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.profiles.NewSample;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.profiles.Provenance;
import org.seedprint.registry.varieties.Parentage;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyData;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Cross-checks an import's rows and files, then writes them in one transaction. */
@Component
class ImportWriter {

    record GenotypeFile(String name, String sha256, Library library) {}

    /** What will be written: rows by their names and sample keys, and each file sample's variety. */
    record Plan(
            List<VarietyRow> rows,
            Map<String, VarietyRow> rowByRef,
            List<GenotypeFile> files,
            Map<String, Long> existingBySample,
            int profileCount) {}

    record Written(int varietiesAdded, int varietiesKnown, int profilesAdded, int profilesKnown) {
        String summary() {
            return varietiesAdded + " varieties added (" + varietiesKnown + " already registered), " + profilesAdded
                    + " profiles added (" + profilesKnown + " already stored)";
        }
    }

    private final VarietyService varieties;
    private final OrganisationService organisations;
    private final ProfileService profiles;
    private final EntityManager em;

    ImportWriter(
            VarietyService varieties, OrganisationService organisations, ProfileService profiles, EntityManager em) {
        this.varieties = varieties;
        this.organisations = organisations;
        this.profiles = profiles;
        this.em = em;
    }

    private static String ref(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    @Transactional(readOnly = true)
    Plan check(String crop, List<VarietyRow> rows, List<GenotypeFile> files, List<Rejection> rejected) {
        Map<String, VarietyRow> byRef = new HashMap<>();
        List<VarietyRow> unique = new ArrayList<>();
        for (VarietyRow r : rows) {
            VarietyRow first = null;
            for (String name : new String[] {r.denominationLatin(), r.denominationChinese()}) {
                if (name != null && byRef.containsKey(ref(name))) first = byRef.get(ref(name));
            }
            if (first != null) {
                rejected.add(new Rejection(
                        r.source(),
                        r.line(),
                        "denomination_latin",
                        "same denomination as line " + first.line() + " of " + first.source()));
                continue;
            }
            unique.add(r);
            for (String name :
                    new String[] {r.denominationLatin(), r.denominationChinese(), r.accessionNumber(), r.sample()}) {
                if (name != null) byRef.putIfAbsent(ref(name), r);
            }
        }
        for (VarietyRow r : unique) {
            r.parents().forEach((role, name) -> {
                if (!byRef.containsKey(ref(name)) && existing(crop, name).isEmpty()) {
                    rejected.add(new Rejection(
                            r.source(),
                            r.line(),
                            role.name().toLowerCase(Locale.ROOT),
                            "parent '" + name + "' is neither in this import nor registered for " + crop));
                }
            });
        }
        Map<String, Long> existingBySample = new HashMap<>();
        int profileCount = 0;
        for (GenotypeFile f : files) {
            for (int i = 0; i < f.library().size(); i++) {
                String sample = f.library().id(i);
                profileCount++;
                if (byRef.containsKey(ref(sample))) continue;
                Optional<Long> known = existing(crop, sample);
                if (known.isPresent()) {
                    existingBySample.put(sample, known.get());
                } else {
                    rejected.add(
                            new Rejection(
                                    f.name(),
                                    0,
                                    "sample",
                                    "sample '" + sample
                                            + "' matches no variety of this import (sample, accession or denomination) nor of the registry"));
                }
            }
        }
        return new Plan(unique, byRef, files, existingBySample, profileCount);
    }

    private Optional<Long> existing(String crop, String name) {
        return varieties.findByDenomination(crop, name, name).map(Variety::getId);
    }

    @Transactional
    Written write(ImportRequest req, @Nullable MarkerPanel panel, Plan plan, BiConsumer<Long, Long> progress) {
        String crop = req.cropCode();
        long total = (long) plan.rows().size() + plan.profileCount();
        Map<VarietyRow, Long> idOf = new LinkedHashMap<>();
        List<VarietyRow> created = new ArrayList<>();
        long done = 0;
        for (VarietyRow r : plan.rows()) {
            Optional<Variety> known =
                    varieties.findByDenomination(crop, r.denominationLatin(), r.denominationChinese());
            if (known.isPresent()) {
                idOf.put(r, known.get().getId());
            } else {
                idOf.put(r, varieties.create(data(crop, r, owner(r), List.of())).getId());
                created.add(r);
            }
            if (++done % 100 == 0) {
                progress.accept(done, total);
                // a growing persistence context makes every flush slower: write in slices
                em.flush();
                em.clear();
            }
        }
        for (VarietyRow r : created) {
            if (r.parents().isEmpty()) continue;
            List<Parentage> parents = new ArrayList<>();
            r.parents().forEach((role, name) -> {
                VarietyRow p = plan.rowByRef().get(ref(name));
                parents.add(new Parentage(
                        p != null
                                ? Objects.requireNonNull(idOf.get(p))
                                : existing(crop, name).orElseThrow(),
                        role));
            });
            Variety v = varieties.find(Objects.requireNonNull(idOf.get(r))).orElseThrow();
            varieties.update(v.getId(), v.getVersion(), data(crop, r, v.getOwnerOrganisationId(), parents));
        }
        int profilesAdded = 0, profilesKnown = 0;
        if (panel != null && !plan.files().isEmpty()) {
            long panelId = profiles.findOrCreatePanel(crop, panel).getId();
            for (GenotypeFile f : plan.files()) {
                Set<String> stored = profiles.existingBarcodes(barcodes(f, plan));
                int[] skipped = {0};
                List<Long> ids = profiles.store(
                        panelId,
                        f.library(),
                        sample -> {
                            VarietyRow row = plan.rowByRef().get(ref(sample));
                            String barcode = barcode(f, row, sample);
                            if (stored.contains(barcode)) {
                                skipped[0]++;
                                return null;
                            }
                            Long varietyId = row != null
                                    ? idOf.get(row)
                                    : plan.existingBySample().get(sample);
                            return new NewSample(
                                    Objects.requireNonNull(varietyId, "checked: every sample has a variety"),
                                    barcode,
                                    row == null ? null : row.seedLot(),
                                    row == null ? null : row.storagePlace());
                        },
                        new Provenance(req.lab(), req.method(), req.assayedOn(), f.sha256()));
                profilesAdded += ids.size();
                profilesKnown += skipped[0];
                done += f.library().size();
                progress.accept(done, total);
            }
        }
        return new Written(created.size(), plan.rows().size() - created.size(), profilesAdded, profilesKnown);
    }

    /** The row's barcode, or one made from the file digest and the sample id (stable on re-runs). */
    private static String barcode(GenotypeFile f, @Nullable VarietyRow row, String sample) {
        String given = row == null ? null : row.barcode();
        return given != null ? given : f.sha256().substring(0, 16) + ":" + sample;
    }

    private static List<String> barcodes(GenotypeFile f, Plan plan) {
        List<String> out = new ArrayList<>(f.library().size());
        for (int i = 0; i < f.library().size(); i++) {
            String sample = f.library().id(i);
            out.add(barcode(f, plan.rowByRef().get(ref(sample)), sample));
        }
        return out;
    }

    private @Nullable Long owner(VarietyRow r) {
        VarietyRow.Breeder b = r.breeder();
        if (b == null) return null;
        return organisations
                .findOrCreate(
                        b.code(),
                        b.nameLatin(),
                        b.nameChinese(),
                        b.genebank() ? Organisation.Kind.GENEBANK : Organisation.Kind.BREEDER,
                        b.country())
                .getId();
    }

    private static VarietyData data(String crop, VarietyRow r, @Nullable Long owner, List<Parentage> parents) {
        return new VarietyData(
                crop,
                r.denominationLatin(),
                r.denominationChinese(),
                r.synonyms(),
                r.kind(),
                r.status(),
                owner,
                r.accessionNumber(),
                r.population(),
                r.applicationNumber(),
                r.applicationDate(),
                r.grantNumber(),
                r.grantDate(),
                r.derivation(),
                parents);
    }
}
