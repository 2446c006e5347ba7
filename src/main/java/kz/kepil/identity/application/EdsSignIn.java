package kz.kepil.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.identity.domain.AuthChallenge;
import kz.kepil.identity.domain.Role;
import kz.kepil.identity.domain.UserAccount;
import kz.kepil.shared.domain.Bin;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.error.DomainException;
import kz.kepil.signing.application.Signatures;
import kz.kepil.signing.domain.HolderRole;
import kz.kepil.signing.domain.SignerIdentity;
import kz.kepil.signing.domain.VerificationReport;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Signing in with an EDS: the portal hands out a single-use nonce, the person signs it with their
 * authentication key, and the verified certificate says who they are. The first sign-in creates the
 * account; a private person's account starts with the beneficiary role, staff roles are granted by the
 * authorised body, and the user's record, not the certificate, decides the roles from then on.
 */
@ApplicationScoped
public class EdsSignIn {

    static final Duration CHALLENGE_TTL = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(EdsSignIn.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Signatures signatures;

    @Inject
    UserAccounts users;

    @Inject
    Sessions sessions;

    /** A challenge to sign. */
    public record Challenge(String nonce, Instant expiresAt) {
    }

    /** A completed sign-in: the user and, for API clients, a bearer session. */
    public record SignedIn(UserAccount user, Sessions.Issued session) {
    }

    @Transactional
    public Challenge challenge() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        AuthChallenge challenge = new AuthChallenge(nonce, now, now.plus(CHALLENGE_TTL));
        em.persist(challenge);
        return new Challenge(nonce, challenge.expiresAt());
    }

    /** Signs in an API client: the answer carries a bearer token. */
    @Transactional
    public SignedIn signIn(String nonce, String cms) {
        UserAccount user = verify(nonce, cms);
        return new SignedIn(user, sessions.open(user));
    }

    /** Signs in a browser: the caller keeps the user in the HTTP session. */
    @Transactional
    public UserAccount signInBrowser(String nonce, String cms) {
        return verify(nonce, cms);
    }

    private UserAccount verify(String nonce, String cms) {
        if (nonce == null || nonce.isBlank() || nonce.length() > 64) {
            throw nonceInvalid();
        }
        AuthChallenge challenge = em.find(AuthChallenge.class, nonce, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (challenge == null || !challenge.isUsableAt(now)) {
            throw nonceInvalid();
        }
        VerificationReport report = signatures.verifySignIn(nonce, cms);
        if (!report.valid()) {
            LOG.info(() -> "sign-in refused: " + report.firstFailure().orElseThrow() + " — " + report.failureDetail());
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, report.firstFailure().orElseThrow().name(),
                    report.failureDetail());
        }
        challenge.use(now);
        SignerIdentity signer = report.signer();
        if (signer.iin() == null) {
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "SIGNER_MISMATCH",
                    "The certificate names no IIN (SERIALNUMBER=IIN…)");
        }
        Iin iin = Iin.of(signer.iin());
        return users.byIin(iin).orElseGet(() -> firstSignIn(iin, signer));
    }

    private UserAccount firstSignIn(Iin iin, SignerIdentity signer) {
        UserAccount user = users.register(iin, signer.bin() == null ? null : Bin.of(signer.bin()), signer.fullName(), null, null);
        if (signer.roles().contains(HolderRole.INDIVIDUAL)) {
            users.grantOnFirstSignIn(user.id(), Role.BENEFICIARY);
        }
        return user;
    }

    private static DomainException nonceInvalid() {
        return new DomainException(DomainException.Kind.UNAUTHENTICATED, "NONCE_INVALID",
                "The sign-in challenge is unknown, used or expired; ask for a new one.");
    }
}
