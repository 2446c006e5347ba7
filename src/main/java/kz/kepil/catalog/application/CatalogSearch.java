package kz.kepil.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.ProductStatus;
import kz.kepil.catalog.infrastructure.DescriptionSanitiser;
import kz.kepil.registry.application.SupplierStandingChanged;
import kz.kepil.registry.application.SupplierStandings;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.Money;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Catalog search over an in-memory {@link CatalogIndex}. The index is loaded on first use and rebuilt
 * after every committed change of a card, a supplier's standing or a guaranteed sum in this process;
 * changes made by another process are picked up by a cheap check at most every few seconds, and the
 * sums are re-read when the day (in Almaty) changes. The database stays the one source of truth.
 */
@ApplicationScoped
public class CatalogSearch {

    private static final Logger LOG = Logger.getLogger(CatalogSearch.class.getName());
    /** How far back a check for changes looks beyond the newest change seen, for slow commits. */
    private static final Duration COMMIT_SLACK = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Classifier classifier;

    @Inject
    SupplierStandings standings;

    @Inject
    @ConfigProperty(name = "kepil.catalog.refresh-seconds", defaultValue = "5")
    long refreshSeconds;

    private final Object lock = new Object();
    /** Set while one search checks for changes made elsewhere; the others meanwhile use the index as it is. */
    private final AtomicBoolean checking = new AtomicBoolean();
    private final Map<Long, CatalogIndex.Doc> docs = new ConcurrentHashMap<>();
    private volatile State state;

    private record State(CatalogIndex index, LocalDate day, Instant newestChange, long productCount,
                         List<SupplierStandings.Standing> suppliers, long checkedAtNanos) {
    }

    public CatalogIndex.Page search(CatalogIndex.Query query) {
        return current().search(query);
    }

    /** Whether a product may be ordered now, in the region if one is given. */
    public boolean orderable(long productId, String region) {
        return current().orderable(productId, region);
    }

    /**
     * The index as it stands, brought up to date first if a check is due. Before the first load and when
     * the day (and with it the sums in force) changes every search waits for the new index; the periodic
     * check for changes made elsewhere is made by one search while the others go on with the index they
     * have, which is at most a check interval old either way.
     */
    CatalogIndex current() {
        State s = state;
        if (s == null || !today().equals(s.day())) {
            refresh(true);
            return state.index();
        }
        if (System.nanoTime() - s.checkedAtNanos() >= Duration.ofSeconds(refreshSeconds).toNanos()
                && checking.compareAndSet(false, true)) {
            try {
                refresh(false);
            } finally {
                checking.set(false);
            }
            return state.index();
        }
        return s.index();
    }

    void productChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductChanged event) {
        if (state != null) {
            synchronized (lock) {
                load(List.of(event.productId()));
                rebuild(state.suppliers(), state.newestChange(), state.productCount());
            }
        }
    }

    void standingChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SupplierStandingChanged event) {
        if (state != null) {
            synchronized (lock) {
                rebuild(standings.all(), state.newestChange(), state.productCount());
            }
        }
    }

    void sumsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SumsChanged event) {
        if (state != null) {
            synchronized (lock) {
                rebuild(state.suppliers(), state.newestChange(), state.productCount());
            }
        }
    }

    /**
     * Loads what changed since the last look, or everything the first time, and rebuilds if needed. A
     * search that waited for the lock while another loaded the first index or the new day's finds it done.
     */
    private void refresh(boolean onlyIfStale) {
        synchronized (lock) {
            State s = state;
            if (onlyIfStale && s != null && today().equals(s.day())) {
                return;
            }
            Object[] newest = em.createQuery("SELECT MAX(p.updatedAt), COUNT(p) FROM Product p", Object[].class)
                    .getSingleResult();
            Instant newestChange = newest[0] == null ? Instant.EPOCH : (Instant) newest[0];
            long count = ((Number) newest[1]).longValue();
            List<SupplierStandings.Standing> suppliers = standings.all();
            if (s == null) {
                long started = System.nanoTime();
                load(null);
                rebuild(suppliers, newestChange, count);
                LOG.info(() -> "catalog index: " + state.index().size() + " orderable of " + docs.size()
                        + " cards, built in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                return;
            }
            boolean cardsChanged = newestChange.isAfter(s.newestChange()) || count != s.productCount();
            if (cardsChanged) {
                loadChangedSince(s.newestChange().minus(COMMIT_SLACK));
            }
            if (cardsChanged || !suppliers.equals(s.suppliers()) || !today().equals(s.day())) {
                rebuild(suppliers, newestChange, count);
            } else {
                state = new State(s.index(), s.day(), s.newestChange(), s.productCount(), s.suppliers(), System.nanoTime());
            }
        }
    }

    private void rebuild(List<SupplierStandings.Standing> suppliers, Instant newestChange, long count) {
        LocalDate day = today();
        Map<Long, CatalogIndex.Supplier> bySupplier = new HashMap<>();
        for (SupplierStandings.Standing s : suppliers) {
            bySupplier.put(s.id(), new CatalogIndex.Supplier(s.id(), s.name(), s.takesNewOrders(), s.regions()));
        }
        Map<String, CatalogIndex.Type> types = new HashMap<>();
        for (ClassifierType t : classifier.types()) {
            types.put(t.code().value(), new CatalogIndex.Type(t.code().value(), t.category(),
                    t.names().kk() + " " + t.names().ru() + " " + t.names().en(), t.soldOnPortal()));
        }
        Map<String, Map<String, Long>> sums = new HashMap<>();
        classifier.sumsInForce(day).forEach((code, perRegion) -> {
            Map<String, Long> tiyn = new HashMap<>();
            perRegion.forEach((region, money) -> tiyn.put(region, money.amount().movePointRight(2).longValueExact()));
            sums.put(code, tiyn);
        });
        CatalogIndex.Sums lookup = (code, region) -> {
            Map<String, Long> perRegion = sums.get(code);
            if (perRegion == null) {
                return -1;
            }
            Long own = region == null ? null : perRegion.get(region);
            return own != null ? own : perRegion.getOrDefault(null, -1L);
        };
        CatalogIndex index = CatalogIndex.build(docs.values(), bySupplier, types, lookup);
        state = new State(index, day, newestChange, count, suppliers, System.nanoTime());
    }

    /** Loads the given cards, or all when {@code ids} is null, into {@link #docs}. */
    private void load(Collection<Long> ids) {
        String where = ids == null ? "" : " WHERE p.id IN :ids";
        var cards = em.createQuery("SELECT p.id, p.supplierId, p.classifierCode, p.name, p.description, p.price,"
                + " p.deliveryDays, p.available, p.status, p.hiddenAt FROM Product p" + where, Object[].class);
        var regions = em.createQuery("SELECT p.id, r FROM Product p JOIN p.regions r" + where, Object[].class);
        var photos = em.createQuery("SELECT f.productId, MIN(f.id) FROM ProductPhoto f"
                + (ids == null ? "" : " WHERE f.productId IN :ids") + " GROUP BY f.productId", Object[].class);
        if (ids != null) {
            cards.setParameter("ids", ids);
            regions.setParameter("ids", ids);
            photos.setParameter("ids", ids);
        }
        put(cards.getResultList(), regions.getResultList(), photos.getResultList(), ids);
    }

    private void loadChangedSince(Instant since) {
        List<Long> ids = em.createQuery("SELECT p.id FROM Product p WHERE p.updatedAt > :since", Long.class)
                .setParameter("since", since).getResultList();
        for (int from = 0; from < ids.size(); from += 1000) {
            load(ids.subList(from, Math.min(ids.size(), from + 1000)));
        }
    }

    private void put(List<Object[]> cards, List<Object[]> regionRows, List<Object[]> photoRows, Collection<Long> ids) {
        Map<Long, Set<String>> regions = new HashMap<>();
        for (Object[] row : regionRows) {
            regions.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((String) row[1]);
        }
        Map<Long, Long> photos = new HashMap<>();
        for (Object[] row : photoRows) {
            photos.put((Long) row[0], (Long) row[1]);
        }
        if (ids != null) {
            ids.forEach(docs::remove);
        }
        List<CatalogIndex.Doc> loaded = new ArrayList<>(cards.size());
        for (Object[] row : cards) {
            long id = (Long) row[0];
            boolean offered = row[8] == ProductStatus.ACTIVE && row[9] == null && (Boolean) row[7];
            if (!offered) {
                continue;
            }
            loaded.add(new CatalogIndex.Doc(id, (Long) row[1], (String) row[2], (String) row[3],
                    Money.of((BigDecimal) row[5]), (Integer) row[6], regions.getOrDefault(id, Set.of()), photos.get(id),
                    DescriptionSanitiser.plainText((String) row[4]), true));
        }
        loaded.forEach(d -> docs.put(d.productId(), d));
    }

    private LocalDate today() {
        return KzTime.today(clock);
    }
}
