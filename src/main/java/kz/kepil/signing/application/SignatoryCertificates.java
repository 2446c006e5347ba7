package kz.kepil.signing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.signing.domain.CertificateStatus;
import kz.kepil.signing.domain.CertificateStatusChecker;
import kz.kepil.signing.domain.HolderRole;
import kz.kepil.signing.domain.SignatureRequirement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The certificates a party's signatories sign with now, as the stored signatures show them, and how
 * each stands under the current revocation lists. A signatory is anyone whose accepted signatures meet
 * what the party's acts require (an organisation's BIN and a signing role, or the person); their
 * current certificate is the one of their latest signature, so a certificate replaced by a newer one
 * no longer counts.
 */
@ApplicationScoped
public class SignatoryCertificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateStatusChecker checker;

    /** For each signatory of the party, the certificate of their latest stored signature and its standing at {@code now}. */
    @Transactional
    public List<CertificateStatus> currentOf(SignatureRequirement party, Instant now) {
        List<Object[]> groups;
        if (party.bin() != null) {
            groups = em.createQuery("SELECT MAX(e.id), e.signerIin, e.signerRoles FROM SignatureEvidence e"
                    + " WHERE e.signerBin = :bin GROUP BY e.signerIin, e.signerRoles", Object[].class)
                    .setParameter("bin", party.bin()).getResultList();
        } else if (party.iin() != null) {
            groups = em.createQuery("SELECT MAX(e.id), e.signerIin, e.signerRoles FROM SignatureEvidence e"
                    + " WHERE e.signerIin = :iin GROUP BY e.signerIin, e.signerRoles", Object[].class)
                    .setParameter("iin", party.iin()).getResultList();
        } else {
            throw new IllegalArgumentException("a party is named by its BIN or IIN");
        }
        Map<String, Long> latest = new TreeMap<>();
        for (Object[] g : groups) {
            String iin = (String) g[1];
            if (iin == null || (party.iin() != null && !party.iin().equals(iin)) || !holdsRole(party, (String) g[2])) {
                continue;
            }
            latest.merge(iin, (Long) g[0], Math::max);
        }
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<Long, byte[]> cms = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.id, e.cms FROM SignatureEvidence e WHERE e.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(latest.values())).getResultList()) {
            cms.put((Long) row[0], (byte[]) row[1]);
        }
        List<CertificateStatus> out = new ArrayList<>();
        for (long id : latest.values()) {
            out.add(checker.statusOf(Objects.requireNonNull(cms.get(id), "signature evidence " + id), now));
        }
        return out;
    }

    /** Changes whenever the trust material in force changes (a newer CRL, another authority). */
    public String trustVersion() {
        return checker.trustVersion();
    }

    private static boolean holdsRole(SignatureRequirement party, String roles) {
        if (party.anyOfRoles().isEmpty()) {
            return true;
        }
        Set<HolderRole> held = EnumSet.noneOf(HolderRole.class);
        if (roles != null && !roles.isBlank()) {
            Arrays.stream(roles.split(",")).forEach(r -> {
                try {
                    held.add(HolderRole.valueOf(r.strip()));
                } catch (IllegalArgumentException e) {
                    // A role name this version does not know grants nothing.
                }
            });
        }
        return party.anyOfRoles().stream().anyMatch(held::contains);
    }
}
