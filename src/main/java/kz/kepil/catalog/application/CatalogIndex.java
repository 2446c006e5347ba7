package kz.kepil.catalog.application;

import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.catalog.infrastructure.Words;
import kz.kepil.shared.domain.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable in-memory index of what a beneficiary may order: the offered cards of listed suppliers,
 * of types sold on the portal, in the regions both the card and its supplier serve. Each hit carries its
 * price, the guaranteed sum in force in the region asked (national if none) and the top-up. Words are
 * found through a sorted dictionary of stems with their postings, so a query costs a few dictionary
 * look-ups and bit-set operations, not a scan of the texts. A new index is built whenever cards,
 * suppliers or sums change; searches in flight keep the one they started with.
 */
public final class CatalogIndex {

    /** A product card as the index needs it. {@code text} is everything its words are found in. */
    public record Doc(long productId, long supplierId, String classifierCode, String name, Money price, int deliveryDays,
                      Set<String> regions, Long photoId, String text, boolean offered) {
    }

    /** A supplier as the index needs it. */
    public record Supplier(long id, String name, boolean takesNewOrders, Set<String> regions) {
    }

    /** A classifier type as the index needs it: its names and whether the portal sells it. */
    public record Type(String code, ProductCategory category, String names, boolean portal) {
    }

    /** The guaranteed sums in force today, in tiyn, by type and region (null: national); -1 for none. */
    public interface Sums {
        long tiyn(String classifierCode, String regionCode);
    }

    /** Orders of the hits. */
    public enum Sort {
        RELEVANCE, PRICE, PRICE_DESC, TOP_UP, DELIVERY
    }

    /** A search: every filter optional. Page numbers start at 0. */
    public record Query(String text, String classifierCode, ProductCategory category, String region, Long supplierId,
                        Money minPrice, Money maxPrice, Money maxTopUp, Sort sort, int page, int size) {
    }

    /** A hit: one orderable product, priced for the region asked. */
    public record Hit(long productId, String name, long supplierId, String supplierName, String classifierCode,
                      ProductCategory category, Money price, Optional<Money> guaranteedSum, Money topUp, int deliveryDays,
                      Set<String> regions, Long photoId) {
    }

    /** One page of hits and how many there are in all. */
    public record Page(List<Hit> hits, int total, int page, int size) {
    }

    private static final Set<String> STOP_WORDS = Set.of("для", "и", "в", "во", "на", "с", "со", "по", "из", "от", "до",
            "the", "for", "and", "of", "with", "a", "an", "in", "on", "to", "үшін", "және", "мен", "бен", "пен");

    private final Entry[] entries;
    private final String[] dictionary;
    private final int[][] postings;
    private final List<String> regionCodes;
    private final Sums sums;

    private record Entry(Doc doc, Supplier supplier, Type type, long regionMask, long priceTiyn, String[] nameStems) {
    }

    private CatalogIndex(Entry[] entries, String[] dictionary, int[][] postings, List<String> regionCodes, Sums sums) {
        this.entries = entries;
        this.dictionary = dictionary;
        this.postings = postings;
        this.regionCodes = regionCodes;
        this.sums = sums;
    }

    /** An index with nothing in it. */
    public static CatalogIndex empty() {
        return new CatalogIndex(new Entry[0], new String[0], new int[0][], List.of(), (c, r) -> -1);
    }

    /**
     * Builds the index of the orderable cards among {@code docs}: offered, of a portal type, of a supplier
     * that takes new orders, in at least one region the supplier serves too.
     */
    public static CatalogIndex build(Collection<Doc> docs, Map<Long, Supplier> suppliers, Map<String, Type> types,
                                     Sums sums) {
        TreeSet<String> allRegions = new TreeSet<>();
        suppliers.values().forEach(s -> allRegions.addAll(s.regions()));
        List<String> regionCodes = List.copyOf(allRegions);
        if (regionCodes.size() > Long.SIZE) {
            throw new IllegalStateException("more regions than the index can hold");
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, List<Integer>> postingLists = new HashMap<>();
        for (Doc d : docs) {
            Supplier s = suppliers.get(d.supplierId());
            Type t = types.get(d.classifierCode());
            if (!d.offered() || s == null || !s.takesNewOrders() || t == null || !t.portal()) {
                continue;
            }
            long mask = 0;
            for (String r : d.regions()) {
                int i = regionCodes.indexOf(r);
                if (i >= 0 && s.regions().contains(r)) {
                    mask |= 1L << i;
                }
            }
            if (mask == 0) {
                continue;
            }
            int ordinal = entries.size();
            String[] nameStems = Words.stems(d.name()).stream().distinct().sorted().toArray(String[]::new);
            entries.add(new Entry(d, s, t, mask, d.price().amount().movePointRight(2).longValueExact(), nameStems));
            TreeSet<String> stems = new TreeSet<>(Words.stems(d.name() + " " + d.text() + " " + t.names() + " " + s.name()));
            for (String stem : stems) {
                postingLists.computeIfAbsent(stem, k -> new ArrayList<>()).add(ordinal);
            }
        }
        String[] dictionary = postingLists.keySet().toArray(String[]::new);
        Arrays.sort(dictionary);
        int[][] postings = new int[dictionary.length][];
        for (int i = 0; i < dictionary.length; i++) {
            postings[i] = postingLists.get(dictionary[i]).stream().mapToInt(Integer::intValue).toArray();
        }
        return new CatalogIndex(entries.toArray(Entry[]::new), dictionary, postings, regionCodes, sums);
    }

    /** How many orderable cards the index holds. */
    public int size() {
        return entries.length;
    }

    public Page search(Query q) {
        BitSet matching = textMatches(q.text());
        long regionBit = 0;
        if (q.region() != null) {
            int r = regionCodes.indexOf(q.region());
            if (r < 0) {
                return new Page(List.of(), 0, q.page(), q.size());
            }
            regionBit = 1L << r;
        }
        List<String> terms = terms(q.text());
        Long maxPriceTiyn = tiyn(q.maxPrice());
        Long minPriceTiyn = tiyn(q.minPrice());
        List<Scored> found = new ArrayList<>();
        for (int i = matching == null ? 0 : matching.nextSetBit(0); i >= 0 && i < entries.length;
             i = matching == null ? i + 1 : matching.nextSetBit(i + 1)) {
            Entry e = entries[i];
            if ((regionBit != 0 && (e.regionMask() & regionBit) == 0)
                    || (q.classifierCode() != null && !q.classifierCode().equals(e.doc().classifierCode()))
                    || (q.category() != null && q.category() != e.type().category())
                    || (q.supplierId() != null && q.supplierId() != e.doc().supplierId())
                    || (maxPriceTiyn != null && e.priceTiyn() > maxPriceTiyn)
                    || (minPriceTiyn != null && e.priceTiyn() < minPriceTiyn)) {
                continue;
            }
            long sumTiyn = sums.tiyn(e.doc().classifierCode(), q.region());
            long topUpTiyn = Math.max(0, e.priceTiyn() - Math.max(0, sumTiyn));
            if (q.maxTopUp() != null && topUpTiyn > tiyn(q.maxTopUp())) {
                continue;
            }
            found.add(new Scored(i, sumTiyn, topUpTiyn, terms.isEmpty() ? 0 : relevance(e, terms)));
        }
        found.sort(order(q.sort() != null ? q.sort() : q.text() == null || q.text().isBlank() ? Sort.PRICE : Sort.RELEVANCE));
        int from = Math.min(found.size(), q.page() * q.size());
        int to = Math.min(found.size(), from + q.size());
        List<Hit> hits = new ArrayList<>(to - from);
        for (Scored s : found.subList(from, to)) {
            Entry e = entries[s.ordinal()];
            Doc d = e.doc();
            hits.add(new Hit(d.productId(), d.name(), d.supplierId(), e.supplier().name(), d.classifierCode(),
                    e.type().category(), d.price(),
                    s.sumTiyn() < 0 ? Optional.empty() : Optional.of(Money.of(BigDecimal.valueOf(s.sumTiyn(), 2))),
                    Money.of(BigDecimal.valueOf(s.topUpTiyn(), 2)),
                    d.deliveryDays(), regionsOf(e), d.photoId()));
        }
        return new Page(hits, found.size(), q.page(), q.size());
    }

    /** Whether a product is orderable now, and in the region if one is given. */
    public boolean orderable(long productId, String region) {
        for (Entry e : entries) {
            if (e.doc().productId() == productId) {
                int r = region == null ? -1 : regionCodes.indexOf(region);
                return region == null || (r >= 0 && (e.regionMask() & (1L << r)) != 0);
            }
        }
        return false;
    }

    private record Scored(int ordinal, long sumTiyn, long topUpTiyn, int relevance) {
    }

    private Comparator<Scored> order(Sort sort) {
        Comparator<Scored> byPrice = Comparator.comparingLong(s -> entries[s.ordinal()].priceTiyn());
        Comparator<Scored> byId = Comparator.comparingLong(s -> entries[s.ordinal()].doc().productId());
        return switch (sort) {
            case PRICE -> byPrice.thenComparing(byId);
            case PRICE_DESC -> byPrice.reversed().thenComparing(byId);
            case TOP_UP -> Comparator.comparingLong(Scored::topUpTiyn).thenComparing(byPrice).thenComparing(byId);
            case DELIVERY -> Comparator.<Scored>comparingInt(s -> entries[s.ordinal()].doc().deliveryDays())
                    .thenComparing(byPrice).thenComparing(byId);
            case RELEVANCE -> Comparator.comparingInt(Scored::relevance).reversed().thenComparing(byPrice).thenComparing(byId);
        };
    }

    /** How many of the query's words the product's name has: a name match ranks above a description match. */
    private static int relevance(Entry e, List<String> terms) {
        int score = 0;
        for (String term : terms) {
            int i = Arrays.binarySearch(e.nameStems(), term);
            int at = i >= 0 ? i : -i - 1;
            if (at < e.nameStems().length && e.nameStems()[at].startsWith(term)) {
                score++;
            }
        }
        return score;
    }

    /** The cards with every word of the text, or null when the text has no words (every card). */
    private BitSet textMatches(String text) {
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            return null;
        }
        BitSet result = null;
        for (String term : terms) {
            BitSet any = new BitSet(entries.length);
            int from = Arrays.binarySearch(dictionary, term);
            from = from >= 0 ? from : -from - 1;
            for (int i = from; i < dictionary.length && dictionary[i].startsWith(term); i++) {
                for (int doc : postings[i]) {
                    any.set(doc);
                }
            }
            if (result == null) {
                result = any;
            } else {
                result.and(any);
            }
            if (result.isEmpty()) {
                break;
            }
        }
        return result;
    }

    /** The stems a query looks for: a card matches a stem when one of its stems begins with it. */
    static List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Words.words(text).stream().filter(w -> !STOP_WORDS.contains(w)).map(Words::stem).distinct().toList();
    }

    private Set<String> regionsOf(Entry e) {
        TreeSet<String> out = new TreeSet<>();
        for (int i = 0; i < regionCodes.size(); i++) {
            if ((e.regionMask() & (1L << i)) != 0) {
                out.add(regionCodes.get(i));
            }
        }
        return out;
    }

    private static Long tiyn(Money m) {
        return m == null ? null : m.amount().movePointRight(2).longValueExact();
    }
}
