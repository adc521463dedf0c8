package org.seedprint.registry.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Personal access tokens: created for oneself, shown once, revocable, expiring. */
@Service
@Transactional
public class AccessTokens {

    static final String PREFIX = "sp_";
    static final Duration MAX_VALIDITY = Duration.ofDays(366);
    /** How stale a token's stored last use may be: one write a minute per token, not one per request. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    /** The token secret is here and nowhere else. */
    public record CreatedToken(TokenView token, String secret) {}

    /** A token that authenticated a request. */
    record Use(
            long tokenId,
            AccountPrincipal principal,
            @Nullable Instant lastUsedAt) {}

    private final AccessTokenRepository tokens;
    private final UserAccountRepository users;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();
    private final TransactionTemplate readOnly;

    AccessTokens(
            AccessTokenRepository tokens,
            UserAccountRepository users,
            AuditTrail audit,
            PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
    }

    public CreatedToken create(String username, String name, Duration validity) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new Invalid("name", "name: 1-100 characters");
        }
        if (validity == null || validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new Invalid("validity", "validity: between 1 second and " + MAX_VALIDITY.toDays() + " days");
        }
        UserAccount user = users.findByUsername(username).orElseThrow(() -> new NotFound("user " + username));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        AccessToken saved = tokens.save(
                new AccessToken(user, name.strip(), hash(secret), secret.substring(0, 10), now, now.plus(validity)));
        audit.record(new AuditEntry(
                AuditActions.TOKEN_CREATE,
                "token:" + saved.getId(),
                user.getOrganisationId(),
                AuditOutcome.SUCCESS,
                "for " + username + ", expires " + saved.view().expiresAt()));
        return new CreatedToken(saved.view(), secret);
    }

    @Transactional(readOnly = true)
    public List<TokenView> list(String username) {
        return tokens.findByUserUsernameOrderByCreatedAtDesc(username).stream()
                .map(AccessToken::view)
                .toList();
    }

    /** Revokes one of the user's own tokens; it stops working at once. */
    public TokenView revoke(String username, long tokenId) {
        AccessToken token = tokens.findById(tokenId)
                .filter(t -> t.getUser().getUsername().equals(username))
                .orElseThrow(() -> new NotFound("token " + tokenId));
        token.revoke(Instant.now());
        audit.record(new AuditEntry(
                AuditActions.TOKEN_REVOKE,
                "token:" + tokenId,
                token.getUser().getOrganisationId(),
                AuditOutcome.SUCCESS,
                null));
        return token.view();
    }

    /**
     * The account behind a presented token, if it is known, unrevoked, unexpired and its user
     * enabled. Every use, good or bad, is audited.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Optional<Use> authenticate(String secret, String what, String remoteAddress) {
        Instant now = Instant.now();
        // The lookup reads in a short transaction of its own; the audit event then commits with the
        // events of the other requests of that moment (AuditTrail.recordCommitted), not one fsync each.
        Lookup l = Objects.requireNonNull(readOnly.execute(s -> lookup(secret, now)));
        audit.recordCommitted(
                new AuditEntry(
                        AuditActions.TOKEN_USE,
                        l.subject(),
                        l.use() == null ? null : l.organisationId(),
                        l.use() == null ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS,
                        l.use() != null ? what : l.refusal() + "; " + what),
                l.actor(),
                remoteAddress);
        return Optional.ofNullable(l.use());
    }

    /** What the token table says about a presented secret: the use, or null when it is refused. */
    private record Lookup(
            String subject,
            String actor,
            @Nullable Long organisationId,
            @Nullable Use use,
            String refusal) {}

    private Lookup lookup(String secret, Instant now) {
        Optional<AccessToken> found =
                secret == null || !secret.startsWith(PREFIX) ? Optional.empty() : tokens.findByTokenHash(hash(secret));
        if (found.isEmpty()) return new Lookup("token:unknown", AuditTrail.ANONYMOUS, null, null, "unknown token");
        AccessToken t = found.get();
        UserAccount a = t.getUser();
        if (!t.usableAt(now)) {
            return new Lookup("token:" + t.getId(), a.getUsername(), null, null, "revoked, expired or user disabled");
        }
        return new Lookup(
                "token:" + t.getId(),
                a.getUsername(),
                a.getOrganisationId(),
                new Use(t.getId(), new AccountPrincipal(a.toCurrentUser(), null, a.isEnabled()), t.getLastUsedAt()),
                "");
    }

    /**
     * Stores when a token was last used, in its own short transaction after authentication (never
     * the request's), at most once per {@link #LAST_USE_RESOLUTION}. Parallel requests with one token
     * race harmlessly: the conditional update lets one of them write and the others change nothing.
     */
    void noteUse(Use use, Instant now) {
        Instant before = now.minus(LAST_USE_RESOLUTION);
        if (use.lastUsedAt() == null || use.lastUsedAt().isBefore(before)) {
            tokens.noteUse(use.tokenId(), now, before);
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
