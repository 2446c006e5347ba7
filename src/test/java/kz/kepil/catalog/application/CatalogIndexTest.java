package kz.kepil.catalog.application;

import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogIndexTest {

    private static final Map<Long, CatalogIndex.Supplier> SUPPLIERS = Map.of(
            1L, new CatalogIndex.Supplier(1, "Мейірім медтехника", true, Set.of("KZ-75", "KZ-71")),
            2L, new CatalogIndex.Supplier(2, "Suspended Ltd", false, Set.of("KZ-75")),
            3L, new CatalogIndex.Supplier(3, "Алатау", true, Set.of("KZ-19")));

    private static final Map<String, CatalogIndex.Type> TYPES = Map.of(
            "HYG-DIAPER-AD-M", new CatalogIndex.Type("HYG-DIAPER-AD-M", ProductCategory.HYGIENE_MEANS,
                    "Ересектерге арналған жаялық, M өлшемі Подгузники для взрослых, размер M Adult diapers, size M", true),
            "WCH-ROOM", new CatalogIndex.Type("WCH-ROOM", ProductCategory.WHEELCHAIRS,
                    "Бөлмелік арба Кресло-коляска комнатная Room wheelchair", true),
            "SUR-HEARING-AID", new CatalogIndex.Type("SUR-HEARING-AID", ProductCategory.SURDOTECHNICAL,
                    "Есту аппараты Слуховой аппарат Hearing aid", false));

    /** Diapers: 180 nationally, 200 in Almaty city; room wheelchair 100 000; hearing aids none. */
    private static final CatalogIndex.Sums SUMS = (code, region) -> switch (code) {
        case "HYG-DIAPER-AD-M" -> "KZ-75".equals(region) ? 20000 : 18000;
        case "WCH-ROOM" -> 10000000;
        default -> -1;
    };

    private static CatalogIndex.Doc doc(long id, long supplier, String type, String name, String price, int days,
                                        Set<String> regions) {
        return new CatalogIndex.Doc(id, supplier, type, name, Money.of(price), days, regions, null, "", true);
    }

    private final CatalogIndex index = CatalogIndex.build(List.of(
            doc(1, 1, "HYG-DIAPER-AD-M", "Seni Classic M (30 шт.)", "210.00", 3, Set.of("KZ-75", "KZ-71")),
            doc(2, 1, "HYG-DIAPER-AD-M", "Tena Slip Plus M", "170.00", 5, Set.of("KZ-75")),
            doc(3, 1, "WCH-ROOM", "Ortonica Base 170", "95000.00", 10, Set.of("KZ-71")),
            doc(4, 1, "WCH-ROOM", "Armed H035", "140000.00", 7, Set.of("KZ-75")),
            doc(5, 2, "WCH-ROOM", "Suspended chair", "50000.00", 1, Set.of("KZ-75")),
            doc(6, 1, "SUR-HEARING-AID", "Phonak Naida", "300000.00", 10, Set.of("KZ-75")),
            doc(7, 3, "HYG-DIAPER-AD-M", "Outside the supplier's regions", "100.00", 1, Set.of("KZ-75")),
            new CatalogIndex.Doc(8, 1, "WCH-ROOM", "Withdrawn", Money.of("1.00"), 1, Set.of("KZ-75"), null, "", false)),
            SUPPLIERS, TYPES, SUMS);

    private CatalogIndex.Page search(String text, String region) {
        return index.search(new CatalogIndex.Query(text, null, null, region, null, null, null, null, null, 0, 20));
    }

    private static List<Long> ids(CatalogIndex.Page page) {
        return page.hits().stream().map(CatalogIndex.Hit::productId).toList();
    }

    @Test
    void onlyWhatABeneficiaryMayOrderIsFound() {
        assertThat(ids(search(null, null))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void aSupplierThatTakesNoNewOrdersHasNoHits() {
        assertThat(ids(search("chair", null))).doesNotContain(5L);
        assertThat(index.orderable(5, "KZ-75")).isFalse();
    }

    @Test
    void procurementTypesNeverAppear() {
        assertThat(ids(search("Phonak", null))).isEmpty();
    }

    @Test
    void aRegionShowsOnlyCardsServingIt() {
        assertThat(ids(search(null, "KZ-71"))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids(search(null, "KZ-19"))).isEmpty();
        assertThat(index.orderable(3, "KZ-75")).isFalse();
        assertThat(index.orderable(3, "KZ-71")).isTrue();
    }

    @Test
    void theSameCardIsFoundInKazakhRussianAndEnglish() {
        assertThat(ids(search("жаялықтар", null))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(search("подгузник для взрослых", null))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(search("adult diapers", null))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(search("коляски", null))).containsExactlyInAnyOrder(3L, 4L);
        assertThat(ids(search("wheelchairs ortonica", null))).containsExactly(3L);
    }

    @Test
    void aWordBeingTypedFindsByItsBeginning() {
        assertThat(ids(search("Ortoni", null))).containsExactly(3L);
    }

    @Test
    void eachHitShowsPriceSumAndTopUpInTheRegionAsked() {
        CatalogIndex.Hit almaty = search("Seni", "KZ-75").hits().get(0);
        assertThat(almaty.guaranteedSum()).contains(Money.of("200.00"));
        assertThat(almaty.topUp()).isEqualTo(Money.of("10.00"));
        CatalogIndex.Hit national = search("Seni", null).hits().get(0);
        assertThat(national.guaranteedSum()).contains(Money.of("180.00"));
        assertThat(national.topUp()).isEqualTo(Money.of("30.00"));
        CatalogIndex.Hit cheaper = search("Tena", "KZ-75").hits().get(0);
        assertThat(cheaper.topUp()).isEqualTo(Money.ZERO);
    }

    @Test
    void filtersNarrowByCategoryTypeSupplierPriceAndTopUp() {
        assertThat(ids(index.search(new CatalogIndex.Query(null, null, ProductCategory.WHEELCHAIRS, null, null, null, null,
                null, null, 0, 20)))).containsExactlyInAnyOrder(3L, 4L);
        assertThat(ids(index.search(new CatalogIndex.Query(null, "WCH-ROOM", null, null, 1L, Money.of("100000"), null,
                null, null, 0, 20)))).containsExactly(4L);
        assertThat(ids(index.search(new CatalogIndex.Query(null, null, null, "KZ-75", null, null, Money.of("200"),
                null, null, 0, 20)))).containsExactly(2L);
        assertThat(ids(index.search(new CatalogIndex.Query(null, null, null, "KZ-75", null, null, null,
                Money.ZERO, null, 0, 20)))).containsExactly(2L);
        assertThat(ids(index.search(new CatalogIndex.Query(null, null, null, null, null, null, null,
                Money.of("30.00"), null, 0, 20)))).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void sortsByPriceTopUpAndDeliveryAndPages() {
        assertThat(ids(index.search(new CatalogIndex.Query(null, null, null, null, null, null, null, null,
                CatalogIndex.Sort.PRICE_DESC, 0, 20)))).containsExactly(4L, 3L, 1L, 2L);
        assertThat(ids(index.search(new CatalogIndex.Query(null, null, null, null, null, null, null, null,
                CatalogIndex.Sort.TOP_UP, 0, 20)))).containsExactly(2L, 3L, 1L, 4L);
        assertThat(ids(index.search(new CatalogIndex.Query(null, null, null, null, null, null, null, null,
                CatalogIndex.Sort.DELIVERY, 0, 20)))).containsExactly(1L, 2L, 4L, 3L);
        CatalogIndex.Page second = index.search(new CatalogIndex.Query(null, null, null, null, null, null, null, null,
                CatalogIndex.Sort.PRICE, 1, 3));
        assertThat(ids(second)).containsExactly(4L);
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void aNameMatchRanksAboveAMatchElsewhere() {
        CatalogIndex withText = CatalogIndex.build(List.of(
                new CatalogIndex.Doc(1, 1, "WCH-ROOM", "Кресло Armed", Money.of("90000"), 3, Set.of("KZ-75"), null,
                        "складная ortonica совместимость", true),
                new CatalogIndex.Doc(2, 1, "WCH-ROOM", "Ortonica Base", Money.of("95000"), 3, Set.of("KZ-75"), null, "", true)),
                SUPPLIERS, TYPES, SUMS);
        assertThat(ids(withText.search(new CatalogIndex.Query("ortonica", null, null, null, null, null, null, null, null, 0, 20))))
                .containsExactly(2L, 1L);
    }
}
