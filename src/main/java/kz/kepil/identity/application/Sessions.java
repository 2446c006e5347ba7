package kz.kepil.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.identity.domain.AuthSession;
import kz.kepil.identity.domain.UserAccount;
import kz.kepil.shared.domain.Sha256;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Bearer sessions: a random token handed to the client once, its SHA-256 kept, valid for
 * {@code kepil.session.ttl} (ISO-8601 duration, default PT8H) unless revoked by signing out.
 */
@ApplicationScoped
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kepil.session.ttl", defaultValue = "PT8H")
    String ttl;

    /** A new session for the user; the token is returned here and nowhere else. */
    public record Issued(String token, Instant expiresAt) {
    }

    @Transactional
    public Issued open(UserAccount user) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.parse(ttl));
        em.persist(new AuthSession(hash(token), user.id(), now, expires));
        return new Issued(token, expires);
    }

    /** The caller a token stands for, if the token is known, unexpired and not revoked. */
    public Optional<KepilPrincipal> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        AuthSession session = em.find(AuthSession.class, hash(token));
        if (session == null || !session.isValidAt(clock.instant())) {
            return Optional.empty();
        }
        return principalOf(session.userId());
    }

    /** The caller a signed-in browser session stands for, with the roles the user holds now. */
    public Optional<KepilPrincipal> principalOf(long userId) {
        return Optional.ofNullable(em.find(UserAccount.class, userId)).map(KepilPrincipal::of);
    }

    @Transactional
    public void close(String token) {
        AuthSession session = em.find(AuthSession.class, hash(token));
        if (session != null) {
            session.revoke(clock.instant());
        }
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
