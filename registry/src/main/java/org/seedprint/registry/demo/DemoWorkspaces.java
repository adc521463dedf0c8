package org.seedprint.registry.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.cases.CaseGrants;
import org.seedprint.registry.cases.CaseView;
import org.seedprint.registry.cases.CourtCases;
import org.seedprint.registry.deposits.Deposit;
import org.seedprint.registry.deposits.DepositRequest;
import org.seedprint.registry.deposits.DepositService;
import org.seedprint.registry.platform.Role;
import org.seedprint.registry.varieties.Crop;
import org.seedprint.registry.varieties.CropService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's own work for every demo user's workspace, made once through the areas' services as
 * those users (so it is audited like theirs): the breeder's open and sealed deposits, the court's
 * case with a court order on one sealed deposit and the breeder's consent on another, and the
 * administrator's threshold changes (on rapeseed, which the demo libraries do not use).
 */
@Component
class DemoWorkspaces {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspaces.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The demo users who act (accounts.DemoUsers creates them). */
    record Cast(String breeder, String court, String administrator, String rival) {}

    static final Cast DEMO = new Cast("breeder", "court", "demo-admin", "rival");

    /** What the demo made. */
    record Made(List<Deposit> deposits, CaseView courtCase, List<Long> grants, DemoSharing.Made sharing) {}

    private final DemoProperties props;
    private final DepositService deposits;
    private final CourtCases cases;
    private final CaseGrants grants;
    private final CropService crops;
    private final CurrentUsers users;
    private final Accounts accounts;
    private final DemoSharing sharing;
    private final DemoReports reports;

    DemoWorkspaces(
            DemoProperties props,
            DepositService deposits,
            CourtCases cases,
            CaseGrants grants,
            CropService crops,
            CurrentUsers users,
            Accounts accounts,
            DemoSharing sharing,
            DemoReports reports) {
        this.reports = reports;
        this.accounts = accounts;
        this.sharing = sharing;
        this.props = props;
        this.deposits = deposits;
        this.cases = cases;
        this.grants = grants;
        this.crops = crops;
        this.users = users;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(110)
    void seedAtFirstStart() throws Exception {
        // the demo users exist only with the demo data on the embedded database (accounts.DemoUsers)
        boolean cast = accounts.exists(DEMO.breeder())
                && accounts.exists(DEMO.court())
                && accounts.exists(DEMO.administrator())
                && accounts.exists(DEMO.rival());
        if (props.enabled() && cast && deposits.list(PageRequest.of(0, 1)).isEmpty()) {
            Made made = seed(DEMO);
            reports.issue(made.courtCase(), DEMO.court());
            var claim = made.sharing().claim();
            log.info(
                    "Demo workspaces: {} deposits, case {}, {} grants, threshold history on BRASS_NAP; {} offers, {} requests, claim {}",
                    made.deposits().size(),
                    made.courtCase().caseNumber(),
                    made.grants().size(),
                    made.sharing().offers().size(),
                    made.sharing().requests().size(),
                    claim == null ? "none (no rice library)" : claim.id());
        }
    }

    Made seed(Cast cast) throws Exception {
        Deposit open = as(cast.breeder(), Role.BREEDER, () -> deposit("OPEN", "DS-2026-001", "Demo Open Line 1"));
        Deposit ordered = as(cast.breeder(), Role.BREEDER, () -> deposit("SEALED", "DS-2026-002", "Demo Sealed 2"));
        Deposit consented = as(cast.breeder(), Role.BREEDER, () -> deposit("SEALED", "DS-2026-003", "Demo Sealed 3"));
        CaseView kase = as(cast.court(), Role.COURT, () -> {
            CaseView c = cases.open(
                    "Demo IP Court 示范知识产权法院",
                    "(2026) Demo Min Chu " + ordered.id().toString().substring(0, 8),
                    "Demo Seeds Co. v. Rival Seeds Co.");
            cases.attachDeposit(c.id(), consented.id());
            return c;
        });
        long order = as(
                        cast.court(),
                        Role.COURT,
                        () -> grants.grantByCourtOrder(kase.id(), ordered.id(), "Ruling (2026) Demo 1, order 1"))
                .id();
        long consent = as(cast.breeder(), Role.BREEDER, () -> grants.grantByConsent(kase.id(), consented.id()))
                .id();
        as(cast.administrator(), Role.ADMINISTRATOR, () -> {
            Crop rapeseed = crops.get("BRASS_NAP");
            crops.setThresholds(
                    "BRASS_NAP",
                    null,
                    rapeseed.getMaxDifferingIndistinct() + 1,
                    new BigDecimal("0.9200"),
                    rapeseed.getMinComparedFraction());
            return crops.setThresholds(
                    "BRASS_NAP",
                    null,
                    rapeseed.getMaxDifferingIndistinct(),
                    new BigDecimal("0.9200"),
                    rapeseed.getMinComparedFraction());
        });
        CaseView attached = as(cast.court(), Role.COURT, () -> cases.find(kase.id()));
        DemoSharing.Made shared = sharing.seed(cast.breeder(), cast.rival(), open, consented);
        return new Made(List.of(open, ordered, consented), attached, List.of(order, consent), shared);
    }

    private Deposit deposit(String visibility, String accession, String name) {
        String json = """
                {"crop":"ORYZA_SAT","visibility":"%s",
                 "passport":{"accessionNumber":"%s","accessionName":"%s","genus":"Oryza","species":"sativa",
                             "biologicalStatus":"412","originCountry":"CHN","acquisitionDate":"20260301"},
                 "pedigree":"%s","breedingHistory":"Demo: F6 pedigree selection, Sanya 2024-2026",
                 "description":"Demo deposit (%s)",
                 "sample":{"barcode":"SP-%s","quantity":"500 g","storagePlace":"Sanya cold store B-3",
                           "receivedBy":"demo clerk","receivedAt":"2026-11-20T08:00:00Z"}}
                """.formatted(
                visibility,
                accession,
                name,
                visibility.equals("SEALED") ? "secret demo cross " + accession : "Demo parent A x Demo parent B",
                visibility.toLowerCase(Locale.ROOT),
                accession);
        return deposits.deposit(JSON.readValue(json, DepositRequest.class), List.of(), users.require());
    }

    /** Runs the action signed in as this demo user (the services check and audit who acts). */
    static <T> T as(String username, Role role, Callable<T> action) throws Exception {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return action.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
