package org.seedprint.registry.varieties;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditChanges;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.seedprint.registry.platform.ByIds;
import org.seedprint.registry.platform.DomainException.Conflict;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.DomainException.PreconditionFailed;
import org.seedprint.registry.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and changing varieties: the one way other areas write them. A breeder writes only
 * its own organisation's varieties; examiners and administrators write any; ownership moves only
 * by an administrator, with a reason. Calls without a signed-in user (the demo loader, an import
 * job's thread) are the registry's own. Every write is audited with its old and new values.
 */
@Service
@Transactional(readOnly = true)
public class VarietyService {

    private final VarietyRepository varieties;
    private final CropRepository crops;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Validator validator;
    private final EntityManager em;

    VarietyService(
            VarietyRepository varieties,
            CropRepository crops,
            OrganisationService organisations,
            ApplicationEventPublisher events,
            CurrentUsers users,
            AuditTrail audit,
            Validator validator,
            EntityManager em) {
        this.varieties = varieties;
        this.crops = crops;
        this.organisations = organisations;
        this.events = events;
        this.users = users;
        this.audit = audit;
        this.validator = validator;
        this.em = em;
    }

    public Optional<Variety> find(long id) {
        return varieties.findById(id);
    }

    public List<Variety> findAll(Collection<Long> ids) {
        return ByIds.find(em, Variety.class, ids);
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
        String l = Names.normalise("denominationLatin", latin);
        String c = Names.normalise("denominationChinese", chinese);
        Optional<Variety> v = l == null ? Optional.empty() : varieties.findByLatin(cropCode, l);
        return v.isPresent() || c == null ? v : varieties.findByChinese(cropCode, c);
    }

    @Transactional
    public Variety create(VarietyData stated) {
        VarietyData d = checked(stated);
        String crop = d.cropCode();
        if (crop == null || !crops.existsById(crop)) {
            throw new Invalid("cropCode", "unknown crop '" + crop + "'");
        }
        VarietyData data = withOwner(d, requireMayCreate(d.ownerOrganisationId()));
        validate(data, crop, null);
        Variety v = new Variety(crop, Objects.requireNonNull(data.kind()), Objects.requireNonNull(data.status()));
        v.apply(data);
        varieties.saveAndFlush(v);
        events.publishEvent(new VarietyChanged(v.getId()));
        record(AuditActions.VARIETY_CREATE, v, AuditChanges.diff(Map.of(), facts(v)), Map.of());
        return v;
    }

    @Transactional
    public Variety update(long id, long expectedVersion, VarietyData stated) {
        VarietyData d = checked(stated);
        Variety v = varieties.findById(id).orElseThrow(() -> new NotFound("variety " + id));
        // who may write comes first: another organisation learns nothing, not even the version
        requireMayChange(v, d.ownerOrganisationId());
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
        Map<String, @Nullable Object> before = facts(v);
        Long owner = v.getOwnerOrganisationId();
        v.apply(d);
        varieties.saveAndFlush(v);
        events.publishEvent(new VarietyChanged(v.getId()));
        var changes = AuditChanges.diff(before, facts(v));
        if (!changes.isEmpty()) record(AuditActions.VARIETY_CHANGE, v, owner, changes, Map.of());
        return v;
    }

    /** An administrator moves a variety to another owner (or to none); the reason is audited. */
    @Transactional
    public Variety transferOwnership(long id, @Nullable Long newOwnerOrganisationId, String reason) {
        CurrentUser user = users.require();
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new Forbidden("only an administrator moves a variety's ownership");
        }
        if (reason == null || reason.isBlank()) {
            throw new Invalid("reason", "reason: say why the ownership moves (it is audited)");
        }
        if (newOwnerOrganisationId != null
                && organisations.find(newOwnerOrganisationId).isEmpty()) {
            throw new Invalid("ownerOrganisationId", "unknown organisation " + newOwnerOrganisationId);
        }
        Variety v = varieties.findById(id).orElseThrow(() -> new NotFound("variety " + id));
        Long old = v.getOwnerOrganisationId();
        if (Objects.equals(old, newOwnerOrganisationId)) return v;
        Map<String, @Nullable Object> before = facts(v);
        v.transferTo(newOwnerOrganisationId);
        varieties.saveAndFlush(v);
        events.publishEvent(new VarietyChanged(v.getId()));
        record(
                AuditActions.VARIETY_OWNER_CHANGE,
                v,
                old,
                AuditChanges.diff(before, facts(v)),
                Map.of("reason", reason.strip()));
        return v;
    }

    /** The owner a new variety gets: a breeder's own organisation (stated or not); anyone else's as stated. */
    private @Nullable Long requireMayCreate(@Nullable Long owner) {
        Optional<CurrentUser> user = users.current();
        if (user.isEmpty() || mayWriteAny(user.get())) return owner;
        Long own = requireBreederOrganisation(user.get());
        if (owner != null && !owner.equals(own)) {
            throw new Forbidden(
                    "a breeder registers varieties of its own organisation only, not of organisation " + owner);
        }
        return own;
    }

    private void requireMayChange(Variety v, @Nullable Long ownerAsked) {
        Optional<CurrentUser> user = users.current();
        if (user.isEmpty()) return;
        boolean moves = !Objects.equals(ownerAsked, v.getOwnerOrganisationId());
        if (!mayWriteAny(user.get())) {
            Long own = requireBreederOrganisation(user.get());
            if (!own.equals(v.getOwnerOrganisationId())) {
                throw new Forbidden("variety " + v.getId() + " belongs to another organisation");
            }
        }
        if (moves) {
            throw new Forbidden("ownership moves only by an administrator, with a reason: PUT /api/v1/varieties/"
                    + v.getId() + "/owner");
        }
    }

    private static boolean mayWriteAny(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR) || user.has(Role.EXAMINER);
    }

    private static Long requireBreederOrganisation(CurrentUser user) {
        Long own = user.organisationId();
        if (!user.has(Role.BREEDER) || own == null) {
            throw new Forbidden("only a breeder with an organisation writes its organisation's varieties");
        }
        return own;
    }

    private static VarietyData withOwner(VarietyData d, @Nullable Long owner) {
        if (Objects.equals(owner, d.ownerOrganisationId())) return d;
        return new VarietyData(
                d.cropCode(),
                d.denominationLatin(),
                d.denominationChinese(),
                d.synonyms(),
                d.kind(),
                d.status(),
                owner,
                d.accessionNumber(),
                d.population(),
                d.applicationNumber(),
                d.applicationDate(),
                d.grantNumber(),
                d.grantDate(),
                d.derivationMethod(),
                d.parents());
    }

    private void record(
            String action,
            Variety v,
            Map<String, Map<String, @Nullable Object>> changes,
            Map<String, ? extends @Nullable Object> context) {
        record(action, v, v.getOwnerOrganisationId(), changes, context);
    }

    private void record(
            String action,
            Variety v,
            @Nullable Long owner,
            Map<String, Map<String, @Nullable Object>> changes,
            Map<String, ? extends @Nullable Object> context) {
        // An import job's or the demo loader's writes are covered by the import's own audit event
        // (job, counts, source digests): one event per import, not one per row.
        if (users.current().isEmpty()) return;
        audit.record(new AuditEntry(
                action, "variety:" + v.getId(), owner, AuditOutcome.SUCCESS, AuditChanges.detail(changes, context)));
    }

    /** The audited facts of a variety, as plain values. */
    private static Map<String, @Nullable Object> facts(Variety v) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("cropCode", v.getCropCode());
        m.put("denominationLatin", v.getDenominationLatin());
        m.put("denominationChinese", v.getDenominationChinese());
        m.put("synonyms", List.copyOf(v.getSynonyms()));
        m.put("kind", v.getKind().name());
        m.put("status", v.getStatus().name());
        m.put("ownerOrganisationId", v.getOwnerOrganisationId());
        m.put("accessionNumber", v.getAccessionNumber());
        m.put("population", v.getPopulation());
        m.put("applicationNumber", v.getApplicationNumber());
        m.put("applicationDate", text(v.getApplicationDate()));
        m.put("grantNumber", v.getGrantNumber());
        m.put("grantDate", text(v.getGrantDate()));
        m.put("derivationMethod", text(v.getDerivationMethod()));
        m.put(
                "parents",
                v.getParents().stream()
                        .map(p -> p.parentId() + ":" + p.role())
                        .sorted()
                        .toList());
        return m;
    }

    private static @Nullable String text(@Nullable Object o) {
        return o == null ? null : o.toString();
    }

    /** The data with names in their stored form, within the documented lengths ({@link VarietyData}). */
    private VarietyData checked(VarietyData stated) {
        VarietyData d = stated.normalised();
        for (ConstraintViolation<VarietyData> v : validator.validate(d)) {
            String field = v.getPropertyPath().iterator().next().getName();
            throw new Invalid(field, field + ": " + v.getMessage());
        }
        return d;
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
