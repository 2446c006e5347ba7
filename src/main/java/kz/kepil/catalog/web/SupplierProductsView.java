package kz.kepil.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.application.Products;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.Product;
import kz.kepil.catalog.domain.ProductPhoto;
import kz.kepil.catalog.domain.ProductStatus;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.registry.application.SupplierStandings;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * My products: every card of the caller's supplier, withdrawn and hidden ones too, with what a
 * beneficiary would see of each; a card is withdrawn here after the supplier confirms it. Whether new
 * cards may be offered follows the supplier's standing in the registry: only a listed supplier offers.
 */
@Named("supplierProducts")
@ViewScoped
public class SupplierProductsView implements Serializable {

    @Inject
    transient Products products;

    @Inject
    transient Classifier classifier;

    @Inject
    transient SupplierStandings standings;

    @Inject
    transient Regions regions;

    @Inject
    transient CurrentCaller caller;

    /** One card as the table shows it. {@code state} is ACTIVE, WITHDRAWN or HIDDEN. */
    public record Row(long id, String name, String typeName, String price, String perUnit, String state,
                      String hiddenReason, boolean available, String regions, String updated, String thumbnailUrl,
                      boolean withdrawable) implements Serializable {
    }

    private Long supplierId;
    private String supplierStatus;
    private boolean listed;
    private List<Row> rows = List.of();
    private Long pendingWithdrawal;
    private String pendingName;

    @PostConstruct
    void init() {
        supplierId = caller.principal().map(p -> p.supplierId()).orElse(null);
        load();
    }

    private void load() {
        if (supplierId == null) {
            return;
        }
        SupplierStandings.Standing standing = standings.of(supplierId);
        supplierStatus = standing.status().name();
        listed = standing.takesNewOrders();
        rows = products.ofSupplier(supplierId).stream().map(this::row).toList();
    }

    private Row row(Product p) {
        ClassifierType type = classifier.type(p.classifierCode());
        String state = p.status() == ProductStatus.WITHDRAWN ? "WITHDRAWN"
                : p.hiddenAt().isPresent() ? "HIDDEN" : "ACTIVE";
        String thumbnail = products.photos(p.id()).stream().min(Comparator.comparingInt(ProductPhoto.Info::position))
                .map(f -> "/api/v1/products/" + p.id() + "/photos/" + f.id() + "?size=thumbnail&v="
                        + f.sha256().substring(0, 12))
                .orElse(null);
        return new Row(p.id(), p.name(), type.names().in(PageTexts.locale()), PageTexts.tenge(p.price()),
                ProductTexts.perUnit(type.unit()), state, p.hiddenReason().orElse(null), p.available(),
                ProductTexts.regionNames(regions, p.regions()), PageTexts.instant(p.updatedAt()), thumbnail,
                p.status() != ProductStatus.WITHDRAWN);
    }

    /** The first step of withdrawing: the page asks the supplier to confirm. */
    public void askWithdraw(long productId) {
        rows.stream().filter(r -> r.id() == productId && r.withdrawable()).findFirst().ifPresent(r -> {
            pendingWithdrawal = r.id();
            pendingName = r.name();
        });
    }

    public void confirmWithdraw() {
        if (pendingWithdrawal == null) {
            return;
        }
        try {
            products.withdraw(pendingWithdrawal);
            ProductTexts.info(ProductTexts.format("products.withdrawn", pendingName));
        } catch (DomainException e) {
            ProductTexts.refused("products.withdraw.refused", e);
        }
        cancelWithdraw();
        load();
    }

    public void cancelWithdraw() {
        pendingWithdrawal = null;
        pendingName = null;
    }

    public boolean isHasSupplier() {
        return supplierId != null;
    }

    /** Only a listed supplier offers and edits cards. */
    public boolean isListed() {
        return listed;
    }

    public String getSupplierStatusName() {
        return supplierStatus == null ? "" : ProductTexts.text("supplierStatus." + supplierStatus);
    }

    public List<Row> getRows() {
        return rows;
    }

    public Long getPendingWithdrawal() {
        return pendingWithdrawal;
    }

    public String getPendingName() {
        return pendingName;
    }
}
