package kz.kepil.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kepil.platform.jobs.PeriodicJob;
import kz.kepil.registry.domain.SignatoryCertificate;
import kz.kepil.signing.application.SignatoryCertificates;
import kz.kepil.signing.domain.CertificateStatus;
import kz.kepil.signing.domain.SignatureRequirement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The registry's automatic rule on revoked signatory certificates, run by the scheduler: every LISTED
 * supplier's signatories' current certificates (those of their latest stored signatures, the public
 * contract's at least) are looked up in the current CRLs of the trust material, and a supplier whose
 * signatory's certificate is revoked is suspended by the portal ({@link Registry#signatoryCertificatesChecked}).
 * The check runs at once when the trust material changed (a new CRL on disk), else every
 * {@code kepil.registry.signatory-check-interval}; in between a run does nothing.
 */
@ApplicationScoped
public class SignatoryCertificateCheck implements PeriodicJob {

    private static final Logger LOG = Logger.getLogger(SignatoryCertificateCheck.class.getName());

    @Inject
    Registry registry;

    @Inject
    SignatoryCertificates certificates;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kepil.registry.signatory-check-interval", defaultValue = "PT1H")
    String interval;

    private String checkedTrust;
    private long checkedAtNanos;

    @Override
    public String name() {
        return "signatory-certificates";
    }

    /** How many suppliers were suspended now. */
    @Override
    public synchronized int run() {
        String trust = certificates.trustVersion();
        long started = System.nanoTime();
        if (trust.equals(checkedTrust) && started - checkedAtNanos < every().toNanos()) {
            return 0;
        }
        int suspended = 0;
        for (Map.Entry<Long, SignatureRequirement> listed : registry.listedSignatories().entrySet()) {
            long supplierId = listed.getKey();
            try {
                if (check(supplierId, listed.getValue())) {
                    suspended++;
                }
            } catch (RuntimeException e) {
                // One supplier's unreadable record must not stop the others; it is looked at again next time.
                LOG.log(Level.WARNING, "signatory certificates of supplier " + supplierId + " not checked", e);
            }
        }
        checkedTrust = trust;
        checkedAtNanos = started;
        return suspended;
    }

    private boolean check(long supplierId, SignatureRequirement signatories) {
        Instant now = clock.instant();
        List<SignatoryCertificate> current = certificates.currentOf(signatories, now).stream()
                .map(SignatoryCertificateCheck::seenByRegistry).toList();
        return current.stream().anyMatch(SignatoryCertificate::revoked) && registry.signatoryCertificatesChecked(supplierId, current);
    }

    private static SignatoryCertificate seenByRegistry(CertificateStatus s) {
        return new SignatoryCertificate(s.sha256(), s.serialNumber(), s.issuer(), s.signerIin(), s.signerName(), s.revoked(),
                s.revokedAt(), s.reason());
    }

    private Duration every() {
        Duration every = Duration.parse(interval);
        if (every.isNegative() || every.isZero()) {
            throw new IllegalStateException("kepil.registry.signatory-check-interval must be positive: " + interval);
        }
        return every;
    }
}
