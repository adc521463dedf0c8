package org.seedprint.registry.varieties;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.platform.DomainException.Conflict;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.DomainException.PreconditionFailed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering and changing varieties: the one way other areas write them. */
@Service
@Transactional(readOnly = true)
public class VarietyService {

    private final VarietyRepository varieties;
    private final CropRepository crops;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;

    VarietyService(
            VarietyRepository varieties,
            CropRepository crops,
            OrganisationService organisations,
            ApplicationEventPublisher events) {
        this.varieties = varieties;
        this.crops = crops;
        this.organisations = organisations;
        this.events = events;
    }

    public Optional<Variety> find(long id) {
        return varieties.findById(id);
    }

    public List<Variety> findAll(Collection<Long> ids) {
        return varieties.findByIdIn(ids);
    }

    public Page<Variety> list(Pageable page) {
        return varieties.findAll(page);
    }

    /** The varieties an organisation owns (a breeder's workspace). */
    public Page<Variety> ownedBy(long organisationId, Pageable page) {
        return varieties.findByOwnerOrganisationId(organisationId, page);
    }

    public long count() {
        return varieties.count();
    }

    /** The variety of this crop with this Latin or Chinese denomination, if any. */
    public Optional<Variety> findByDenomination(String cropCode, @Nullable String latin, @Nullable String chinese) {
        Optional<Variety> v =
                latin == null || latin.isBlank() ? Optional.empty() : varieties.findByLatin(cropCode, latin.trim());
        return v.isPresent() || chinese == null || chinese.isBlank()
                ? v
                : varieties.findByChinese(cropCode, chinese.trim());
    }

    @Transactional
    public Variety create(VarietyData d) {
        String crop = d.cropCode();
        if (crop == null || !crops.existsById(crop)) {
            throw new Invalid("cropCode", "unknown crop '" + crop + "'");
        }
        validate(d, crop, null);
        Variety v = new Variety(crop, Objects.requireNonNull(d.kind()), Objects.requireNonNull(d.status()));
        v.apply(d);
        varieties.saveAndFlush(v);
        events.publishEvent(new VarietyChanged(v.getId()));
        return v;
    }

    @Transactional
    public Variety update(long id, long expectedVersion, VarietyData d) {
        Variety v = varieties.findById(id).orElseThrow(() -> new NotFound("variety " + id));
        if (v.getVersion() != expectedVersion) {
            throw new PreconditionFailed(
                    "version",
                    "variety " + id + " is at version " + v.getVersion() + ", not " + expectedVersion
                            + "; read it again");
        }
        if (d.cropCode() != null && !d.cropCode().equals(v.getCropCode())) {
            throw new Invalid("cropCode", "the crop of a variety cannot change");
        }
        validate(d, v.getCropCode(), id);
        v.apply(d);
        varieties.saveAndFlush(v);
        events.publishEvent(new VarietyChanged(v.getId()));
        return v;
    }

    private void validate(VarietyData d, String cropCode, @Nullable Long selfId) {
        if (isBlank(d.denominationLatin()) && isBlank(d.denominationChinese())) {
            throw new Invalid("denominationLatin", "a variety needs a denomination in Latin or Chinese script");
        }
        if (d.kind() == null) throw new Invalid("kind", "kind is required");
        if (d.status() == null) throw new Invalid("status", "status is required");
        if (d.ownerOrganisationId() != null
                && organisations.find(d.ownerOrganisationId()).isEmpty()) {
            throw new Invalid("ownerOrganisationId", "unknown organisation " + d.ownerOrganisationId());
        }
        findByDenomination(cropCode, d.denominationLatin(), d.denominationChinese())
                .filter(other -> !other.getId().equals(selfId))
                .ifPresent(other -> {
                    throw new Conflict(
                            isBlank(d.denominationLatin()) ? "denominationChinese" : "denominationLatin",
                            "denomination already used by variety " + other.getId() + " (" + other.displayName() + ")");
                });
        if (d.parents() == null) return;
        for (Parentage p : d.parents()) {
            if (p.parentId() == null || p.role() == null)
                throw new Invalid("parents", "each parent needs parentId and role");
            if (p.parentId().equals(selfId)) throw new Invalid("parents", "a variety cannot be its own parent");
            Variety parent = varieties
                    .findById(p.parentId())
                    .orElseThrow(() -> new Invalid("parents", "unknown parent variety " + p.parentId()));
            if (!parent.getCropCode().equals(cropCode)) {
                throw new Invalid("parents", "parent " + p.parentId() + " is of crop " + parent.getCropCode());
            }
        }
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
