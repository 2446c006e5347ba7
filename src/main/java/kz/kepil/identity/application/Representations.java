package kz.kepil.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.identity.domain.Representation;
import kz.kepil.identity.domain.Role;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.error.DomainException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who may act for a beneficiary. The akimat registers legal representatives (on a court decision or
 * a guardianship document); a beneficiary gives a proxy, which needs no notary. The beneficiary or
 * the akimat may revoke either.
 */
@ApplicationScoped
public class Representations {

    static final String ENTITY = "Representation";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Transactional
    public Representation establish(Iin representative, Iin beneficiary, Representation.Kind kind, String basis,
                                    LocalDate validFrom, LocalDate validTo) {
        KepilPrincipal who = caller.require();
        boolean akimat = who.hasRole(Role.AKIMAT_SPECIALIST);
        boolean ownProxy = kind == Representation.Kind.PROXY && who.hasRole(Role.BENEFICIARY)
                && who.iin().equals(beneficiary.value());
        if (!akimat && !ownProxy) {
            throw DomainException.forbidden(kind == Representation.Kind.PROXY
                    ? "Only the beneficiary or the akimat may give a proxy for this beneficiary"
                    : "Only the akimat registers legal representatives");
        }
        LocalDate from = validFrom != null ? validFrom : today();
        boolean overlapping = em.createNamedQuery("Representation.between", Representation.class)
                .setParameter("representative", representative.value())
                .setParameter("beneficiary", beneficiary.value())
                .getResultStream()
                .anyMatch(r -> r.kind() == kind && r.revokedAt().isEmpty()
                        && (r.validTo().isEmpty() || !r.validTo().get().isBefore(from)));
        if (overlapping) {
            throw DomainException.conflict("REPRESENTATION_EXISTS", "This person already represents the beneficiary");
        }
        Representation representation = new Representation(representative, beneficiary, kind, basis, from, validTo,
                clock.instant(), caller.name());
        em.persist(representation);
        em.flush();
        audit.record(ENTITY, representation.id(), "ESTABLISHED", null, representation.auditSummary());
        return representation;
    }

    @Transactional
    public Representation revoke(long id) {
        KepilPrincipal who = caller.require();
        Representation representation = visible(id, who);
        if (!who.hasRole(Role.AKIMAT_SPECIALIST) && !who.iin().equals(representation.beneficiary().value())) {
            throw DomainException.forbidden("Only the beneficiary or the akimat may revoke this representation");
        }
        String before = representation.auditSummary();
        representation.revoke(clock.instant(), caller.name());
        audit.record(ENTITY, representation.id(), "REVOKED", before, representation.auditSummary());
        return representation;
    }

    /** Representations in which the caller is either side. */
    public List<Representation> mine() {
        return em.createNamedQuery("Representation.involving", Representation.class)
                .setParameter("iin", caller.require().iin())
                .getResultList();
    }

    /** The people the caller acts for today: themself first, then those they represent, each once. */
    public List<String> peopleOfCaller() {
        String me = caller.require().iin();
        LocalDate day = today();
        java.util.LinkedHashSet<String> people = new java.util.LinkedHashSet<>();
        people.add(me);
        for (Representation r : mine()) {
            if (r.representative().value().equals(me) && r.isActiveOn(day)) {
                people.add(r.beneficiary().value());
            }
        }
        return List.copyOf(people);
    }

    /** Whether the representative may act for the beneficiary today. */
    public boolean mayActFor(Iin representative, Iin beneficiary) {
        LocalDate day = today();
        return em.createNamedQuery("Representation.between", Representation.class)
                .setParameter("representative", representative.value())
                .setParameter("beneficiary", beneficiary.value())
                .getResultStream().anyMatch(r -> r.isActiveOn(day));
    }

    /** Whether the signed-in caller is the beneficiary themself or may act for them today. */
    public boolean callerActsFor(String beneficiaryIin) {
        String me = caller.require().iin();
        return me.equals(beneficiaryIin) || mayActFor(Iin.of(me), Iin.of(beneficiaryIin));
    }

    /**
     * The beneficiary the caller acts for: themself when {@code forIin} is empty or their own, else the
     * person they represent; anyone else is refused.
     */
    public Iin beneficiaryOfCaller(String forIin) {
        String me = caller.require().iin();
        Iin beneficiary = forIin == null || forIin.isBlank() ? Iin.of(me) : Iin.of(forIin.strip());
        if (!callerActsFor(beneficiary.value())) {
            throw DomainException.forbidden("Only the beneficiary and their representatives act for them");
        }
        return beneficiary;
    }

    private Representation visible(long id, KepilPrincipal who) {
        return Optional.ofNullable(em.find(Representation.class, id))
                .filter(r -> who.hasRole(Role.AKIMAT_SPECIALIST) || who.hasRole(Role.AUDITOR)
                        || who.iin().equals(r.beneficiary().value()) || who.iin().equals(r.representative().value()))
                .orElseThrow(() -> DomainException.notFound("representation", id));
    }

    private LocalDate today() {
        return KzTime.today(clock);
    }
}
