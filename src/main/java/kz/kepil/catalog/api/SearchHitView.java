package kz.kepil.catalog.api;

import kz.kepil.catalog.application.CatalogIndex;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** A search hit: price, guaranteed sum and top-up per unit in the region searched. */
public record SearchHitView(long id, String name, long supplierId, String supplierName, String classifierCode,
                            String category, BigDecimal price, BigDecimal guaranteedSum, BigDecimal topUp,
                            int deliveryDays, Set<String> regions, String thumbnailUrl) {

    static SearchHitView of(CatalogIndex.Hit h) {
        return new SearchHitView(h.productId(), h.name(), h.supplierId(), h.supplierName(), h.classifierCode(),
                h.category().name(), h.price().amount(), h.guaranteedSum().map(m -> m.amount()).orElse(null),
                h.topUp().amount(), h.deliveryDays(), h.regions(),
                h.photoId() == null ? null : "/api/v1/products/" + h.productId() + "/photos/" + h.photoId() + "?size=thumbnail");
    }

    /** A page of hits. */
    public record Page(List<SearchHitView> items, int total, int page, int size) {
    }
}
