package kz.kepil.catalog.api;

import kz.kepil.catalog.domain.Pricing;
import kz.kepil.catalog.domain.Product;
import kz.kepil.catalog.domain.ProductPhoto;
import kz.kepil.registry.application.SupplierStandings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A product card with what one unit costs whom in the region asked: the price, the guaranteed sum in
 * force today, the state's part and the beneficiary's top-up; and whether it may be ordered now.
 */
public record ProductView(long id, long supplierId, String supplierName, String supplierStatus, String classifierCode,
                          String category, String name, String description, BigDecimal price, BigDecimal guaranteedSum,
                          BigDecimal stateAmount, BigDecimal topUp, int deliveryDays, boolean available, String status,
                          boolean hidden, String hiddenReason, boolean orderable, Set<String> regions,
                          Map<String, String> attributes, List<PhotoView> photos, long version, Instant updatedAt) {

    /** A photo and where to fetch it in each size. */
    public record PhotoView(long id, String url, String thumbnailUrl, int width, int height) {
        static PhotoView of(ProductPhoto.Info p) {
            String base = "/api/v1/products/" + p.productId() + "/photos/" + p.id();
            return new PhotoView(p.id(), base + "?v=" + p.sha256().substring(0, 12),
                    base + "?size=thumbnail&v=" + p.sha256().substring(0, 12), p.width(), p.height());
        }
    }

    static ProductView of(Product p, SupplierStandings.Standing supplier, String category, Pricing pricing,
                          boolean orderable, List<ProductPhoto.Info> photos) {
        return new ProductView(p.id(), p.supplierId(), supplier.name(), supplier.status().name(), p.classifierCode().value(),
                category, p.name(), p.description(), p.price().amount(),
                pricing.guaranteedSum().map(m -> m.amount()).orElse(null), pricing.stateAmount().amount(),
                pricing.topUp().amount(), p.deliveryDays(), p.available(), p.status().name(), p.hiddenAt().isPresent(),
                p.hiddenReason().orElse(null), orderable, p.regions(), p.attributes(),
                photos.stream().map(PhotoView::of).toList(), p.version(), p.updatedAt());
    }
}
