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
import java.util.EnumMap;
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
 * found through a sorted dictionary of stems with their postings (and one of the names' stems alone, for
 * ranking), so a query costs a few dictionary look-ups and bit-set operations, not a scan of the texts;
 * a region or a category narrows the cards looked at through a bit set of its own. The guaranteed sums
 * are laid out per type and region when the index is built, and a page is picked from the matches by
 * keeping only the best (page + 1) × size of them, so even a search that matches the whole catalog
 * neither sorts it nor allocates per match. A new index is built whenever cards, suppliers or sums
 * change; searches in flight keep the one they started with.
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
    private final String[] nameDictionary;
    private final int[][] namePostings;
    private final List<String> regionCodes;
    /** Sum in tiyn by type ordinal, then 0 for the national sum and 1 + i for {@code regionCodes.get(i)}. */
    private final long[][] sumsByTypeAndRegion;
    /** By type ordinal: the classifier code and the category. */
    private final String[] typeCodes;
    private final ProductCategory[] typeCategories;
    // What a search compares, one array per field in the entries' order: a scan reads them in sequence.
    private final long[] prices;
    private final long[] regionMasks;
    private final long[] supplierIds;
    private final int[] typeOfEntry;
    private final int[] deliveryDays;
    /** The entries in each region ({@code regionCodes}' order) and of each category: a filter scans only them. */
    private final BitSet[] inRegion;
    private final Map<ProductCategory, BitSet> inCategory = new EnumMap<>(ProductCategory.class);
    /** Each orderable card's place in {@link #entries}, so a single card is found without a scan. */
    private final Map<Long, Integer> ordinalOfProduct = new java.util.HashMap<>();

    /** A card; the entries are in the order of their product ids, so that order breaks ties. */
    private record Entry(Doc doc, Supplier supplier, Type type, int typeOrdinal, long regionMask, long priceTiyn) {
    }

    private CatalogIndex(Entry[] entries, String[] dictionary, int[][] postings, String[] nameDictionary,
                         int[][] namePostings, List<String> regionCodes, long[][] sumsByTypeAndRegion) {
        this.entries = entries;
        this.dictionary = dictionary;
        this.postings = postings;
        this.nameDictionary = nameDictionary;
        this.namePostings = namePostings;
        this.regionCodes = regionCodes;
        this.sumsByTypeAndRegion = sumsByTypeAndRegion;
        this.typeCodes = new String[sumsByTypeAndRegion.length];
        this.typeCategories = new ProductCategory[sumsByTypeAndRegion.length];
        this.prices = new long[entries.length];
        this.regionMasks = new long[entries.length];
        this.supplierIds = new long[entries.length];
        this.typeOfEntry = new int[entries.length];
        this.deliveryDays = new int[entries.length];
        this.inRegion = new BitSet[regionCodes.size()];
        for (int r = 0; r < inRegion.length; r++) {
            inRegion[r] = new BitSet(entries.length);
        }
        for (int i = 0; i < entries.length; i++) {
            ordinalOfProduct.put(entries[i].doc().productId(), i);
            Entry e = entries[i];
            typeCodes[e.typeOrdinal()] = e.doc().classifierCode();
            typeCategories[e.typeOrdinal()] = e.type().category();
            prices[i] = e.priceTiyn();
            regionMasks[i] = e.regionMask();
            supplierIds[i] = e.doc().supplierId();
            typeOfEntry[i] = e.typeOrdinal();
            deliveryDays[i] = e.doc().deliveryDays();
            for (int r = 0; r < inRegion.length; r++) {
                if ((e.regionMask() & (1L << r)) != 0) {
                    inRegion[r].set(i);
                }
            }
            inCategory.computeIfAbsent(e.type().category(), k -> new BitSet(entries.length)).set(i);
        }
    }

    /** An index with nothing in it. */
    public static CatalogIndex empty() {
        return new CatalogIndex(new Entry[0], new String[0], new int[0][], new String[0], new int[0][], List.of(),
                new long[0][]);
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
        Map<String, List<Integer>> namePostingLists = new HashMap<>();
        Map<String, Integer> typeOrdinals = new HashMap<>();
        List<Doc> byId = new ArrayList<>(docs);
        byId.sort(Comparator.comparingLong(Doc::productId));
        for (Doc d : byId) {
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
            int typeOrdinal = typeOrdinals.computeIfAbsent(d.classifierCode(), k -> typeOrdinals.size());
            entries.add(new Entry(d, s, t, typeOrdinal, mask, d.price().amount().movePointRight(2).longValueExact()));
            for (String stem : new TreeSet<>(Words.stems(d.name()))) {
                namePostingLists.computeIfAbsent(stem, k -> new ArrayList<>()).add(ordinal);
            }
            TreeSet<String> stems = new TreeSet<>(Words.stems(d.name() + " " + d.text() + " " + t.names() + " " + s.name()));
            for (String stem : stems) {
                postingLists.computeIfAbsent(stem, k -> new ArrayList<>()).add(ordinal);
            }
        }
        String[] dictionary = sortedKeys(postingLists);
        String[] nameDictionary = sortedKeys(namePostingLists);
        long[][] sumTable = new long[typeOrdinals.size()][regionCodes.size() + 1];
        typeOrdinals.forEach((code, ordinal) -> {
            sumTable[ordinal][0] = sums.tiyn(code, null);
            for (int r = 0; r < regionCodes.size(); r++) {
                sumTable[ordinal][r + 1] = sums.tiyn(code, regionCodes.get(r));
            }
        });
        return new CatalogIndex(entries.toArray(Entry[]::new), dictionary, postingsOf(dictionary, postingLists),
                nameDictionary, postingsOf(nameDictionary, namePostingLists), regionCodes, sumTable);
    }

    private static String[] sortedKeys(Map<String, List<Integer>> lists) {
        String[] keys = lists.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        return keys;
    }

    private static int[][] postingsOf(String[] dictionary, Map<String, List<Integer>> lists) {
        int[][] postings = new int[dictionary.length][];
        for (int i = 0; i < dictionary.length; i++) {
            postings[i] = lists.get(dictionary[i]).stream().mapToInt(Integer::intValue).toArray();
        }
        return postings;
    }

    /** How many orderable cards the index holds. */
    public int size() {
        return entries.length;
    }

    public Page search(Query q) {
        List<String> terms = terms(q.text());
        BitSet matching = textMatches(terms);
        BitSet[] inName = new BitSet[terms.size()];
        for (int t = 0; t < inName.length && matching != null && !matching.isEmpty(); t++) {
            inName[t] = withPrefix(nameDictionary, namePostings, terms.get(t));
        }
        int regionColumn = 0;
        long regionBit = 0;
        if (q.region() != null) {
            int r = regionCodes.indexOf(q.region());
            if (r < 0) {
                return new Page(List.of(), 0, q.page(), q.size());
            }
            regionColumn = r + 1;
            regionBit = 1L << r;
            matching = narrowed(matching, inRegion[r]);
        }
        if (q.category() != null) {
            matching = narrowed(matching, inCategory.getOrDefault(q.category(), new BitSet()));
        }
        boolean[] typeWanted = new boolean[typeCodes.length];
        for (int t = 0; t < typeCodes.length; t++) {
            typeWanted[t] = (q.classifierCode() == null || q.classifierCode().equals(typeCodes[t]))
                    && (q.category() == null || q.category() == typeCategories[t]);
        }
        boolean anySupplier = q.supplierId() == null;
        long supplierId = anySupplier ? 0 : q.supplierId();
        long maxPriceTiyn = q.maxPrice() == null ? Long.MAX_VALUE : tiyn(q.maxPrice());
        long minPriceTiyn = q.minPrice() == null ? Long.MIN_VALUE : tiyn(q.minPrice());
        long maxTopUpTiyn = q.maxTopUp() == null ? Long.MAX_VALUE : tiyn(q.maxTopUp());
        Sort sort = q.sort() != null ? q.sort() : terms.isEmpty() ? Sort.PRICE : Sort.RELEVANCE;
        long from = Math.max(0, (long) q.page() * q.size());
        Best best = new Best(sort, (int) Math.min(entries.length, from + Math.max(0, q.size())));
        int total = 0;
        for (int i = matching == null ? 0 : matching.nextSetBit(0); i >= 0 && i < entries.length;
             i = matching == null ? i + 1 : matching.nextSetBit(i + 1)) {
            int type = typeOfEntry[i];
            long price = prices[i];
            if ((regionMasks[i] & regionBit) != regionBit || !typeWanted[type]
                    || (!anySupplier && supplierIds[i] != supplierId) || price > maxPriceTiyn || price < minPriceTiyn) {
                continue;
            }
            long sumTiyn = sumsByTypeAndRegion[type][regionColumn];
            long topUpTiyn = Math.max(0, price - Math.max(0, sumTiyn));
            if (topUpTiyn > maxTopUpTiyn) {
                continue;
            }
            total++;
            best.offer(i, price, sumTiyn, topUpTiyn, relevance(i, inName), deliveryDays[i]);
        }
        Scored[] ranked = best.ranked();
        List<Hit> hits = new ArrayList<>();
        for (long k = from; k < ranked.length; k++) {
            Scored s = ranked[(int) k];
            Entry e = entries[s.ordinal];
            Doc d = e.doc();
            hits.add(new Hit(d.productId(), d.name(), d.supplierId(), e.supplier().name(), d.classifierCode(),
                    e.type().category(), d.price(),
                    s.sumTiyn < 0 ? Optional.empty() : Optional.of(Money.of(BigDecimal.valueOf(s.sumTiyn, 2))),
                    Money.of(BigDecimal.valueOf(s.topUpTiyn, 2)),
                    d.deliveryDays(), regionsOf(e), d.photoId()));
        }
        return new Page(hits, total, q.page(), q.size());
    }

    /** Whether a product is orderable now, and in the region if one is given. */
    public boolean orderable(long productId, String region) {
        Integer ordinal = ordinalOfProduct.get(productId);
        if (ordinal == null) {
            return false;
        }
        int r = region == null ? -1 : regionCodes.indexOf(region);
        return region == null || (r >= 0 && (regionMasks[ordinal] & (1L << r)) != 0);
    }

    /** A match with what its order needs; mutable so that a rejected match costs no allocation. */
    private static final class Scored {
        int ordinal;
        long priceTiyn;
        long sumTiyn;
        long topUpTiyn;
        int relevance;
        int deliveryDays;

        void set(int ordinal, long priceTiyn, long sumTiyn, long topUpTiyn, int relevance, int deliveryDays) {
            this.ordinal = ordinal;
            this.priceTiyn = priceTiyn;
            this.sumTiyn = sumTiyn;
            this.topUpTiyn = topUpTiyn;
            this.relevance = relevance;
            this.deliveryDays = deliveryDays;
        }
    }

    /**
     * Negative when {@code a} comes before {@code b}. Every order ends with the product id, which the
     * entries' order follows, so no two matches are ever equal and a page is the same however it is found.
     */
    private static int compare(Sort sort, Scored a, Scored b) {
        int c = switch (sort) {
            case PRICE -> Long.compare(a.priceTiyn, b.priceTiyn);
            case PRICE_DESC -> Long.compare(b.priceTiyn, a.priceTiyn);
            case TOP_UP -> a.topUpTiyn != b.topUpTiyn ? Long.compare(a.topUpTiyn, b.topUpTiyn) : Long.compare(a.priceTiyn, b.priceTiyn);
            case DELIVERY -> a.deliveryDays != b.deliveryDays ? Integer.compare(a.deliveryDays, b.deliveryDays)
                    : Long.compare(a.priceTiyn, b.priceTiyn);
            case RELEVANCE -> a.relevance != b.relevance ? Integer.compare(b.relevance, a.relevance)
                    : Long.compare(a.priceTiyn, b.priceTiyn);
        };
        return c != 0 ? c : Integer.compare(a.ordinal, b.ordinal);
    }

    /**
     * The first {@code limit} matches in the order asked, kept in a heap whose top is the last of them: a
     * match that does not beat the top is dropped after one comparison.
     */
    private static final class Best {
        private final Sort sort;
        private final int limit;
        private final Scored candidate = new Scored();
        private Scored[] heap;
        private int size;

        Best(Sort sort, int limit) {
            this.sort = sort;
            this.limit = limit;
            this.heap = new Scored[Math.min(limit, 64)];
        }

        void offer(int ordinal, long priceTiyn, long sumTiyn, long topUpTiyn, int relevance, int deliveryDays) {
            if (limit == 0) {
                return;
            }
            if (size < limit) {
                if (size == heap.length) {
                    heap = Arrays.copyOf(heap, Math.min(limit, heap.length * 2));
                }
                Scored s = new Scored();
                s.set(ordinal, priceTiyn, sumTiyn, topUpTiyn, relevance, deliveryDays);
                heap[size] = s;
                up(size++);
                return;
            }
            candidate.set(ordinal, priceTiyn, sumTiyn, topUpTiyn, relevance, deliveryDays);
            if (compare(sort, candidate, heap[0]) < 0) {
                heap[0].set(ordinal, priceTiyn, sumTiyn, topUpTiyn, relevance, deliveryDays);
                down(0);
            }
        }

        /** The kept matches, first to last. */
        Scored[] ranked() {
            Scored[] out = Arrays.copyOf(heap, size);
            Arrays.sort(out, (a, b) -> compare(sort, a, b));
            return out;
        }

        private void up(int i) {
            Scored s = heap[i];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (compare(sort, s, heap[parent]) <= 0) {
                    break;
                }
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = s;
        }

        private void down(int i) {
            Scored s = heap[i];
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                int right = child + 1;
                if (right < size && compare(sort, heap[right], heap[child]) > 0) {
                    child = right;
                }
                if (compare(sort, s, heap[child]) >= 0) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = s;
        }
    }

    /** How many of the query's words the product's name has: a name match ranks above a description match. */
    private static int relevance(int ordinal, BitSet[] inName) {
        int score = 0;
        for (BitSet cards : inName) {
            if (cards != null && cards.get(ordinal)) {
                score++;
            }
        }
        return score;
    }

    /** The cards with every one of the terms, or null when there are none (every card). */
    private BitSet textMatches(List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        BitSet result = null;
        for (String term : terms) {
            BitSet any = withPrefix(dictionary, postings, term);
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

    /** The candidates also in {@code subset}: every card of it when there were no candidates yet (null). */
    private static BitSet narrowed(BitSet candidates, BitSet subset) {
        if (candidates == null) {
            return (BitSet) subset.clone();
        }
        candidates.and(subset);
        return candidates;
    }

    /** The cards with a stem in {@code dictionary} that begins with {@code term}. */
    private BitSet withPrefix(String[] dictionary, int[][] postings, String term) {
        BitSet cards = new BitSet(entries.length);
        int from = Arrays.binarySearch(dictionary, term);
        from = from >= 0 ? from : -from - 1;
        for (int i = from; i < dictionary.length && dictionary[i].startsWith(term); i++) {
            for (int doc : postings[i]) {
                cards.set(doc);
            }
        }
        return cards;
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
