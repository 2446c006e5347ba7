package kz.kepil.shared.region.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.domain.Akimat;
import kz.kepil.shared.region.domain.Region;

import java.util.List;
import java.util.Optional;

/** Looks up regions and akimats; other contexts validate the codes they are given here. */
@ApplicationScoped
public class Regions {

    @PersistenceContext
    EntityManager em;

    public List<Region> regions() {
        return em.createQuery("SELECT r FROM Region r ORDER BY r.code", Region.class).getResultList();
    }

    public List<Akimat> akimats() {
        return em.createQuery("SELECT a FROM Akimat a ORDER BY a.code", Akimat.class).getResultList();
    }

    public Optional<Region> region(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Region.class, code));
    }

    public Optional<Akimat> akimat(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Akimat.class, code));
    }

    public Akimat requireAkimat(String code) {
        return akimat(code).orElseThrow(() -> DomainException.invalid("AKIMAT_UNKNOWN", "There is no akimat " + code));
    }

    public Region requireRegion(String code) {
        return region(code).orElseThrow(() -> DomainException.invalid("REGION_UNKNOWN", "There is no region " + code));
    }
}
