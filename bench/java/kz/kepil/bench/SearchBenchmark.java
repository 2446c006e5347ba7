package kz.kepil.bench;

import kz.kepil.catalog.application.CatalogIndex;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.catalog.infrastructure.DescriptionSanitiser;
import kz.kepil.shared.domain.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The cost of one {@link CatalogIndex#search} on the 50 000-card catalog of {@link CatalogGenerator}, without
 * HTTP, JSON or the database: the part of a search request that grows with the catalog. The query kinds are
 * those of {@link SearchLoad}. The fork runs with the portal's JVM options (C1 only, serial GC), since that
 * is how the index runs in the portal.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
public class SearchBenchmark {

    /** A sample of the classifier's portal types, named as the classifier names them; sums per unit in tiyn. */
    static final List<CatalogGenerator.Type> TYPES = List.of(
            type("HYG-DIAPER-AD-M", "HYGIENE_MEANS", "Ересектерге арналған жөргектер, M өлшемі", "Подгузники для взрослых, размер M",
                    "Adult diapers, size M", 18_000),
            type("HYG-DIAPER-AD-L", "HYGIENE_MEANS", "Ересектерге арналған жөргектер, L өлшемі", "Подгузники для взрослых, размер L",
                    "Adult diapers, size L", 19_500),
            type("HYG-DIAPER-CH-9", "HYGIENE_MEANS", "Балаларға арналған жөргектер, дене салмағы 9 кг-ға дейін",
                    "Подгузники детские, масса тела до 9 кг", "Children's diapers, body weight up to 9 kg", 8_500),
            type("HYG-SHEET-60X90", "HYGIENE_MEANS", "Сіңіргіш жайма (жаялық), 60×90 см", "Пелёнки впитывающие, 60×90 см",
                    "Absorbent underpads, 60×90 cm", 13_500),
            type("HYG-URINE-LEG", "HYGIENE_MEANS", "Аяққа бекітілетін несеп қабылдағыш", "Мочеприёмник ножной", "Leg urine bag",
                    65_000),
            type("HYG-COLOSTOMY-1", "HYGIENE_MEANS", "Бір компонентті нәжіс қабылдағыш", "Калоприёмник однокомпонентный",
                    "One-piece colostomy bag", 70_000),
            type("HYG-CATH-FOLEY", "HYGIENE_MEANS", "Фолей катетері", "Катетер Фолея", "Foley catheter", 90_000),
            type("WCH-ROOM", "WHEELCHAIRS", "Бөлмеге арналған кресло-арба", "Кресло-коляска комнатная", "Indoor (room) wheelchair",
                    11_000_000),
            type("WCH-WALKING", "WHEELCHAIRS", "Серуендеуге арналған кресло-арба", "Кресло-коляска прогулочная",
                    "Outdoor (walking) wheelchair", 13_000_000),
            type("WCH-WALKING-CHILD", "WHEELCHAIRS", "Балаларға арналған серуендеу кресло-арбасы", "Кресло-коляска прогулочная детская",
                    "Children's outdoor wheelchair", 14_000_000),
            type("WCH-ELECTRIC", "WHEELCHAIRS", "Электр жетегі бар кресло-арба", "Кресло-коляска с электроприводом",
                    "Electric wheelchair", 60_000_000),
            type("TYP-WATCH-TALK", "TYPHLOTECHNICAL", "Сөйлейтін қол сағаты", "Часы наручные говорящие", "Talking wristwatch",
                    1_200_000),
            type("TYP-CANE", "TYPHLOTECHNICAL", "Ақ тактильді таяқ", "Трость тактильная белая", "White tactile cane", 600_000),
            type("TYP-BRAILLE-DISPLAY", "TYPHLOTECHNICAL", "Брайль дисплейі", "Брайлевский дисплей", "Braille display",
                    150_000_000),
            type("TYP-GLUCOMETER", "TYPHLOTECHNICAL", "Сөйлейтін глюкометр (жиынтық)", "Глюкометр с речевым выходом (комплект)",
                    "Talking glucometer (kit)", 2_500_000),
            type("SUR-SIGNAL-LIGHT", "SURDOTECHNICAL", "Жарық индикациясы бар дыбыс сигнализаторы",
                    "Сигнализатор звука со световой индикацией", "Sound signaller with light indication", 3_000_000),
            type("SUR-TEXT-PHONE", "SURDOTECHNICAL", "Мәтіндік хабарламаларды қабылдайтын және жіберетін ұялы телефон",
                    "Мобильный телефон с функцией приёма и передачи текстовых сообщений", "Mobile phone for text messages",
                    8_000_000),
            type("SAN-ADULT-14", "SANATORIUM_TREATMENT", "Санаторийлік-курорттық емделу, 14 күн (ересектер)",
                    "Санаторно-курортное лечение, 14 дней (взрослые)", "Sanatorium treatment, 14 days (adults)", 30_000_000),
            type("SAN-CHILD-14", "SANATORIUM_TREATMENT", "Мүгедектігі бар баланың санаторийлік-курорттық емделуі, 14 күн",
                    "Санаторно-курортное лечение ребёнка с инвалидностью, 14 дней",
                    "Sanatorium treatment of a disabled child, 14 days", 32_000_000),
            type("PAS-HOUR", "PERSONAL_ASSISTANT", "Жеке көмекшінің қызметтері (сағат)", "Услуги индивидуального помощника (час)",
                    "Personal assistant services (hour)", 190_000),
            type("SLS-HOUR", "SIGN_LANGUAGE_SPECIALIST", "Ымдау тілі маманының қызметтері (сағат)",
                    "Услуги специалиста жестового языка (час)", "Sign-language specialist services (hour)", 908_250),
            type("SSS-HOME-DAY", "SPECIAL_SOCIAL_SERVICES", "Үйде көрсетілетін арнаулы әлеуметтік қызметтер (күн)",
                    "Специальные социальные услуги на дому (день)", "Special social services at home (day)", 620_000));

    static final List<String> REGIONS = List.of("KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33",
            "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79");

    @Param({"browse", "text", "filters", "deep"})
    public String kind;

    private CatalogIndex index;
    private CatalogIndex.Query[] queries;
    private int next;

    @Setup
    public void setUp() {
        CatalogGenerator.Catalog catalog = CatalogGenerator.generate(20261122L, TYPES, REGIONS, 200, 50_000, 1, 1);
        index = index(catalog);
        Random random = new Random(42);
        queries = new CatalogIndex.Query[512];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = query(kind, random);
        }
    }

    @Benchmark
    public CatalogIndex.Page search() {
        CatalogIndex.Query q = queries[next++ & (queries.length - 1)];
        return index.search(q);
    }

    /** The index the portal builds from these rows (the same filtering and texts as {@code CatalogSearch}). */
    static CatalogIndex index(CatalogGenerator.Catalog catalog) {
        Map<Long, CatalogIndex.Supplier> suppliers = new HashMap<>();
        for (CatalogGenerator.Supplier s : catalog.suppliers()) {
            suppliers.put(s.id(), new CatalogIndex.Supplier(s.id(), s.name(), true, new TreeSet<>(s.regions())));
        }
        Map<String, CatalogIndex.Type> types = new HashMap<>();
        Map<String, Long> sums = new HashMap<>();
        for (CatalogGenerator.Type t : TYPES) {
            types.put(t.code(), new CatalogIndex.Type(t.code(), ProductCategory.valueOf(t.category()),
                    t.kk() + " " + t.ru() + " " + t.en(), true));
            sums.put(t.code(), t.sumTiyn());
        }
        List<CatalogIndex.Doc> docs = new ArrayList<>();
        for (CatalogGenerator.Card c : catalog.cards()) {
            if (c.searchable()) {
                docs.add(new CatalogIndex.Doc(c.id(), c.supplier().id(), c.type().code(), c.name(), Money.of(c.price()),
                        c.deliveryDays(), Set.copyOf(c.regions()), null, DescriptionSanitiser.plainText(c.description()), true));
            }
        }
        // Almaty city has sums of its own, as in the reference data, so a region changes the top-up.
        return CatalogIndex.build(docs, suppliers, types,
                (code, region) -> "KZ-75".equals(region) ? sums.getOrDefault(code, -1L) * 11 / 10 : sums.getOrDefault(code, -1L));
    }

    static CatalogIndex.Query query(String kind, Random r) {
        String region = REGIONS.get(r.nextInt(REGIONS.size()));
        String[] categories = SearchLoad.CATEGORIES;
        return switch (kind) {
            case "browse" -> new CatalogIndex.Query(null, null, null, null, null, null, null, null, null, 0, 20);
            case "text" -> new CatalogIndex.Query(SearchLoad.QUERIES[r.nextInt(SearchLoad.QUERIES.length)], null, null,
                    r.nextInt(4) == 0 ? region : null, null, null, null, null, null, 0, 20);
            case "filters" -> new CatalogIndex.Query(r.nextBoolean() ? SearchLoad.QUERIES[r.nextInt(SearchLoad.QUERIES.length)] : null,
                    null, ProductCategory.valueOf(categories[r.nextInt(categories.length)]), region, null, null, null,
                    switch (r.nextInt(3)) {
                        case 0 -> Money.ZERO;
                        case 1 -> Money.of(new BigDecimal(SearchLoad.TOP_UPS[r.nextInt(SearchLoad.TOP_UPS.length)]));
                        default -> null;
                    }, sort(r), 0, 20);
            case "deep" -> switch (r.nextInt(3)) {
                case 0 -> new CatalogIndex.Query(r.nextBoolean() ? "подгузники" : "wheelchair", null, null, null, null, null, null,
                        null, sort(r), 5 + r.nextInt(46), 20);
                case 1 -> new CatalogIndex.Query(null, null, ProductCategory.valueOf(categories[r.nextInt(2)]), null, null, null,
                        null, null, sort(r), 5 + r.nextInt(46), 20);
                default -> new CatalogIndex.Query(null, null, null, region, null, null, null, null, sort(r), 5 + r.nextInt(46), 20);
            };
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static CatalogIndex.Sort sort(Random r) {
        return CatalogIndex.Sort.valueOf(SearchLoad.SORTS[r.nextInt(SearchLoad.SORTS.length)].toUpperCase(java.util.Locale.ROOT));
    }

    private static CatalogGenerator.Type type(String code, String category, String kk, String ru, String en, long sumTiyn) {
        return new CatalogGenerator.Type(code, category, kk, ru, en, sumTiyn);
    }

    /** Prints what the queries find, to check the benchmark measures real work. */
    public static void main(String[] args) {
        CatalogIndex index = index(CatalogGenerator.generate(20261122L, TYPES, REGIONS, 200, 50_000, 1, 1));
        Random random = new Random(42);
        for (String kind : List.of("browse", "text", "filters", "deep")) {
            List<Integer> totals = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                totals.add(index.search(query(kind, random)).total());
            }
            System.out.println(kind + ": " + index.size() + " cards; totals " + totals.stream().map(String::valueOf)
                    .collect(Collectors.joining(" ")));
        }
    }
}
