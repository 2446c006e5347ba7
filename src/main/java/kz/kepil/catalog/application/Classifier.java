package kz.kepil.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.GuaranteedSum;
import kz.kepil.catalog.domain.Mci;
import kz.kepil.catalog.domain.SumRule;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.domain.Role;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classifier and its guaranteed sums: anyone reads the types and the sum in force for a region and
 * a date; the authorised body sets a year's sum per type, nationally or for one region, and every
 * change is audited. The types are reference data and are read once.
 */
@ApplicationScoped
public class Classifier {

    static final String SUM_ENTITY = "GuaranteedSum";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Regions regions;

    @Inject
    Event<SumsChanged> sumsChanged;

    private volatile Map<String, ClassifierType> types;

    /** Every type, by category and position. */
    public List<ClassifierType> types() {
        return List.copyOf(typeMap().values());
    }

    public ClassifierType type(ClassifierCode code) {
        return find(code).orElseThrow(() -> DomainException.notFound("classifier type", code.value()));
    }

    public Optional<ClassifierType> find(ClassifierCode code) {
        return Optional.ofNullable(typeMap().get(code.value()));
    }

    private Map<String, ClassifierType> typeMap() {
        Map<String, ClassifierType> t = types;
        if (t == null) {
            Map<String, ClassifierType> loaded = new LinkedHashMap<>();
            em.createNamedQuery("ClassifierType.all", ClassifierType.class).getResultList()
                    .forEach(type -> loaded.put(type.code().value(), type));
            types = t = java.util.Collections.unmodifiableMap(loaded);
        }
        return t;
    }

    /** The type's name in the language, for a page; the code itself when it names no type. */
    public String nameOf(String code, java.util.Locale language) {
        try {
            return find(new ClassifierCode(code)).map(t -> t.names().in(language)).orElse(code);
        } catch (kz.kepil.shared.error.DomainException notACode) {
            return code;
        }
    }

    public List<Mci> mci() {
        return em.createNamedQuery("Mci.all", Mci.class).getResultList();
    }

    /** The sums set for a type, latest year first. */
    public List<GuaranteedSum> sums(ClassifierCode code) {
        type(code);
        return em.createNamedQuery("GuaranteedSum.ofType", GuaranteedSum.class).setParameter("code", code.value())
                .getResultList();
    }

    /** The guaranteed sum in force for a type in a region (or nationally) on a date. */
    public Optional<Money> sumInForce(ClassifierCode code, String regionCode, LocalDate date) {
        ClassifierType type = type(code);
        List<SumRule.Candidate> candidates = new ArrayList<>();
        em.createNamedQuery("GuaranteedSum.ofType", GuaranteedSum.class).setParameter("code", code.value())
                .getResultStream().map(SumRule::of).forEach(candidates::add);
        type.sumMciFactor().ifPresent(f -> mci().forEach(m -> candidates.add(SumRule.fromMci(f, m))));
        return SumRule.inForce(candidates, regionCode, date.getYear());
    }

    /**
     * Every sum in force on a date, by type and then region ({@code null}: the national sum), for the
     * catalog's index. Only regions with their own sum appear; others take the national one.
     */
    public Map<String, Map<String, Money>> sumsInForce(LocalDate date) {
        Map<String, List<SumRule.Candidate>> byType = new HashMap<>();
        em.createNamedQuery("GuaranteedSum.upTo", GuaranteedSum.class).setParameter("year", date.getYear())
                .getResultStream().forEach(g -> byType.computeIfAbsent(g.classifierCode().value(), k -> new ArrayList<>())
                        .add(SumRule.of(g)));
        List<Mci> indices = mci();
        Map<String, Map<String, Money>> out = new HashMap<>();
        for (ClassifierType type : types()) {
            List<SumRule.Candidate> candidates = new ArrayList<>(byType.getOrDefault(type.code().value(), List.of()));
            type.sumMciFactor().ifPresent(f -> indices.forEach(m -> candidates.add(SumRule.fromMci(f, m))));
            Map<String, Money> perRegion = new HashMap<>();
            SumRule.inForce(candidates, null, date.getYear()).ifPresent(m -> perRegion.put(null, m));
            candidates.stream().map(SumRule.Candidate::regionCode).filter(java.util.Objects::nonNull).distinct()
                    .forEach(r -> SumRule.inForce(candidates, r, date.getYear()).ifPresent(m -> perRegion.put(r, m)));
            if (!perRegion.isEmpty()) {
                out.put(type.code().value(), perRegion);
            }
        }
        return out;
    }

    /**
     * The authorised body sets the sum of a type for a year, nationally or for one region; setting it
     * again corrects it. Orders signed before keep the sum they were signed with.
     */
    @Transactional
    public GuaranteedSum setSum(ClassifierCode code, int year, String regionCode, Money amount) {
        if (!caller.hasRole(Role.AUTHORITY)) {
            throw DomainException.forbidden("Only the authorised body sets guaranteed sums");
        }
        ClassifierType type = type(code);
        if (!type.soldOnPortal()) {
            throw DomainException.rule("PRODUCT_TYPE_NOT_ON_PORTAL", code + " is bought by state procurement; it has no guaranteed sum");
        }
        int thisYear = KzTime.today(clock).getYear();
        if (year < 2000 || year > thisYear + 1) {
            throw DomainException.invalid("YEAR_INVALID", "Sums are set for years up to " + (thisYear + 1));
        }
        String region = regionCode == null || regionCode.isBlank() ? null : regions.requireRegion(regionCode).code();
        Optional<GuaranteedSum> existing = em.createNamedQuery("GuaranteedSum.exact", GuaranteedSum.class)
                .setParameter("code", code.value()).setParameter("year", year).setParameter("region", region)
                .getResultStream().findFirst();
        GuaranteedSum sum;
        String before = null;
        if (existing.isPresent()) {
            sum = existing.get();
            before = sum.auditSummary();
            sum.correct(amount, clock.instant(), caller.name());
        } else {
            sum = new GuaranteedSum(code, year, region, amount, clock.instant(), caller.name());
            em.persist(sum);
        }
        em.flush();
        audit.record(SUM_ENTITY, sum.id(), existing.isPresent() ? "CORRECTED" : "SET", before, sum.auditSummary());
        sumsChanged.fire(new SumsChanged(code.value(), year));
        return sum;
    }
}
