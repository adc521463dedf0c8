package org.seedprint.registry.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.deposits.Deposit;
import org.seedprint.registry.deposits.DepositService;
import org.seedprint.registry.deposits.Visibility;
import org.seedprint.registry.platform.AfterCommit;
import org.seedprint.registry.platform.DomainException.Conflict;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.PageResponse;
import org.seedprint.registry.search.MaterialCatalogue;
import org.seedprint.registry.search.VarietySearch;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Offers of deposited material and the public catalogue over them. Only the depositor's breeders
 * offer or withdraw a deposit; the catalogue index follows each change after it commits.
 */
@Service
@Transactional
public class Offers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SELECT = """
            SELECT id, deposit_id, owner_organisation_id, crop, title, summary, offers_seed, seed_quantity,
                   offers_genotype, offers_passport, use_research, use_breeding, use_commercial, fee_amount,
                   fee_currency, royalty_percent, derived_variety_percent, duration_months, offered_by, offered_at,
                   withdrawn_at
            FROM sharing_offer""";

    private static final String INSERT = """
            INSERT INTO sharing_offer (deposit_id, owner_organisation_id, crop, title, summary, offers_seed, seed_quantity,
                offers_genotype, offers_passport, use_research, use_breeding, use_commercial, fee_amount, fee_currency,
                royalty_percent, derived_variety_percent, duration_months, offered_by, offered_at)
            VALUES (:deposit, :owner, :crop, :title, :summary, :seed, :quantity, :genotype, :passport, :research,
                :breeding, :commercial, :fee, :currency, :royalty, :dv, :months, :by, :at)
            RETURNING id""";

    private final JdbcClient db;
    private final DepositService deposits;
    private final MaterialCatalogue catalogue;
    private final Breeders breeders;

    Offers(JdbcClient db, DepositService deposits, MaterialCatalogue catalogue, Breeders breeders) {
        this.db = db;
        this.deposits = deposits;
        this.catalogue = catalogue;
        this.breeders = breeders;
    }

    /** A row of sharing_offer, before the deposit's public facts are added. */
    record Row(
            long id,
            UUID depositId,
            long owner,
            String crop,
            String title,
            String summary,
            boolean offersSeed,
            @Nullable String seedQuantity,
            boolean offersGenotype,
            boolean offersPassport,
            Set<SharingUse> uses,
            OfferTerms terms,
            String offeredBy,
            Instant offeredAt,
            @Nullable Instant withdrawnAt) {}

    public OfferView offer(NewOffer o) {
        Breeders.Breeder b = breeders.require();
        Deposit d = deposits.find(o.depositId())
                .orElseThrow(() -> new Invalid("depositId", "depositId: no deposit " + o.depositId()));
        if (d.organisationId() == null || d.organisationId() != b.organisationId()) {
            throw new Forbidden("only the depositor's breeders can offer deposit " + d.id());
        }
        if (o.uses() == null || o.uses().isEmpty()) throw new Invalid("uses", "uses: name at least one use");
        if (!o.offersSeed() && !o.offersGenotype() && !o.offersPassport()) {
            throw new Invalid("offersSeed", "offersSeed: offer seed or tissue, genotype data or passport data");
        }
        if (o.offersSeed() && (o.seedQuantity() == null || o.seedQuantity().isBlank())) {
            throw new Invalid("seedQuantity", "seedQuantity: state the quantity of seed or tissue offered");
        }
        if (o.title().isBlank() || o.summary().isBlank()) {
            throw new Invalid(
                    o.title().isBlank() ? "title" : "summary", "title and summary: both are shown in the catalogue");
        }
        OfferTerms t = o.terms().checked("terms");
        if (active(d.id()).isPresent()) {
            throw new Conflict("depositId", "deposit " + d.id() + " is already offered; withdraw that offer first");
        }
        Set<SharingUse> uses = EnumSet.copyOf(o.uses());
        long id = db.sql(INSERT)
                .param("deposit", d.id())
                .param("owner", b.organisationId())
                .param("crop", d.crop())
                .param("title", o.title().strip())
                .param("summary", o.summary().strip())
                .param("seed", o.offersSeed())
                .param("quantity", o.offersSeed() ? o.seedQuantity() : null)
                .param("genotype", o.offersGenotype())
                .param("passport", o.offersPassport())
                .param("research", uses.contains(SharingUse.RESEARCH))
                .param("breeding", uses.contains(SharingUse.BREEDING))
                .param("commercial", uses.contains(SharingUse.COMMERCIAL))
                .param("fee", t.feeAmount())
                .param("currency", t.feeCurrency())
                .param("royalty", t.royaltyPercent())
                .param("dv", t.derivedVarietyPercent())
                .param("months", t.durationMonths())
                .param("by", b.username())
                .param("at", Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)))
                .query(Long.class)
                .single();
        breeders.audit("offer", subject(id), b.organisationId(), "deposit " + d.id() + " offered for " + uses);
        AfterCommit.collect(this, id, this::reindex);
        return view(row(id));
    }

    public OfferView withdraw(long id) {
        Breeders.Breeder b = breeders.require();
        Row r = row(id);
        if (r.owner() != b.organisationId()) throw new Forbidden("only the owner's breeders can withdraw offer " + id);
        if (r.withdrawnAt() != null) throw new Conflict("id", "offer " + id + " is already withdrawn");
        db.sql("UPDATE sharing_offer SET withdrawn_at = now() WHERE id = ? AND withdrawn_at IS NULL")
                .param(id)
                .update();
        breeders.audit("offer-withdraw", subject(id), b.organisationId(), "deposit " + r.depositId());
        AfterCommit.collect(this, id, this::reindex);
        return view(row(id));
    }

    @Transactional(readOnly = true)
    public OfferView find(long id) {
        return view(row(id));
    }

    /** The public catalogue: offers in force, found by name in either script, filtered by crop, use and owner. */
    @Transactional(readOnly = true)
    public PageResponse<OfferView> catalogue(@Nullable String text, MaterialCatalogue.Filters filters, Pageable page) {
        // crop codes are at most 32 characters (crop.code): a longer filter is a mistake, not an empty result
        if (filters.crop() != null && filters.crop().length() > 32) {
            throw new Invalid("crop", "crop: a crop code of at most 32 characters");
        }
        if (text != null && text.length() > 500) throw new Invalid("q", "q: at most 500 characters");
        VarietySearch.Result hits = catalogue.find(text, filters, page);
        List<OfferView> items = new ArrayList<>();
        for (long id : hits.ids())
            rowIfAny(id).filter(r -> r.withdrawnAt() == null).map(this::view).ifPresent(items::add);
        return PageResponse.of(items, page, hits.total());
    }

    /** The offers of one organisation, newest first, withdrawn ones included. */
    @Transactional(readOnly = true)
    public List<OfferView> ofOrganisation(long organisationId) {
        return db
                .sql(SELECT + " WHERE owner_organisation_id = ? ORDER BY offered_at DESC, id DESC")
                .param(organisationId)
                .query(Offers::map)
                .list()
                .stream()
                .map(this::view)
                .toList();
    }

    Row row(long id) {
        return rowIfAny(id).orElseThrow(() -> new NotFound("offer " + id));
    }

    private Optional<Row> rowIfAny(long id) {
        return db.sql(SELECT + " WHERE id = ?").param(id).query(Offers::map).optional();
    }

    private Optional<Row> active(UUID depositId) {
        return db.sql(SELECT + " WHERE deposit_id = ? AND withdrawn_at IS NULL")
                .param(depositId)
                .query(Offers::map)
                .optional();
    }

    OfferView view(Row r) {
        Deposit d = deposits.find(r.depositId()).orElseThrow(() -> new NotFound("deposit " + r.depositId()));
        return new OfferView(
                r.id(),
                r.depositId(),
                d.visibility().name(),
                d.sha256(),
                r.owner(),
                breeders.name(r.owner()),
                r.crop(),
                r.title(),
                r.summary(),
                r.offersSeed(),
                r.seedQuantity(),
                r.offersGenotype(),
                r.offersPassport(),
                r.uses(),
                r.terms(),
                passport(d),
                r.offeredBy(),
                r.offeredAt(),
                r.withdrawnAt());
    }

    /** The passport data of an open deposit (public anyway); never read for a sealed one. */
    private @Nullable Map<String, Object> passport(Deposit d) {
        if (d.visibility() != Visibility.OPEN) return null;
        @SuppressWarnings("unchecked")
        Map<String, Object> content = JSON.readValue(deposits.readContent(d), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> passport = (Map<String, Object>) content.get("passport");
        return passport;
    }

    private void reindex(Set<Long> ids) {
        List<MaterialCatalogue.Item> items = new ArrayList<>();
        for (long id : ids) {
            Optional<Row> r = rowIfAny(id);
            if (r.isEmpty() || r.get().withdrawnAt() != null) {
                catalogue.remove(id);
            } else {
                items.add(item(view(r.get())));
            }
        }
        catalogue.put(items);
    }

    /** At start the catalogue's index is filled from the database, so that it never lags behind it. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional(readOnly = true)
    public void rebuildCatalogue() {
        catalogue.replaceAll(
                db.sql(SELECT + " WHERE withdrawn_at IS NULL ORDER BY id").query(Offers::map).list().stream()
                        .map(r -> item(view(r)))
                        .toList());
    }

    private MaterialCatalogue.Item item(OfferView o) {
        List<String> names = new ArrayList<>(List.of(o.title()));
        if (o.passport() != null) {
            for (String key : List.of("ACCENAME", "ACCENUMB")) {
                if (o.passport().get(key) instanceof String s && !s.isBlank()) names.add(s);
            }
        }
        return new MaterialCatalogue.Item(
                o.id(),
                names,
                List.of(o.owner()),
                o.crop(),
                o.uses().stream().map(Enum::name).collect(Collectors.toSet()),
                o.ownerOrganisationId());
    }

    static String subject(long id) {
        return "sharing-offer:" + id;
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        Set<SharingUse> uses = EnumSet.noneOf(SharingUse.class);
        if (rs.getBoolean("use_research")) uses.add(SharingUse.RESEARCH);
        if (rs.getBoolean("use_breeding")) uses.add(SharingUse.BREEDING);
        if (rs.getBoolean("use_commercial")) uses.add(SharingUse.COMMERCIAL);
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new Row(
                rs.getLong("id"),
                rs.getObject("deposit_id", UUID.class),
                rs.getLong("owner_organisation_id"),
                rs.getString("crop"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getBoolean("offers_seed"),
                rs.getString("seed_quantity"),
                rs.getBoolean("offers_genotype"),
                rs.getBoolean("offers_passport"),
                uses,
                new OfferTerms(
                        rs.getBigDecimal("fee_amount"),
                        rs.getString("fee_currency"),
                        rs.getBigDecimal("royalty_percent"),
                        rs.getBigDecimal("derived_variety_percent"),
                        rs.getInt("duration_months")),
                rs.getString("offered_by"),
                rs.getTimestamp("offered_at").toInstant(),
                withdrawn == null ? null : withdrawn.toInstant());
    }
}
