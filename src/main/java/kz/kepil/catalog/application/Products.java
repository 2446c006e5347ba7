package kz.kepil.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.Pricing;
import kz.kepil.catalog.domain.Product;
import kz.kepil.catalog.domain.ProductPhoto;
import kz.kepil.catalog.domain.ProductStatus;
import kz.kepil.catalog.infrastructure.DescriptionSanitiser;
import kz.kepil.catalog.infrastructure.PhotoScaler;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.domain.Role;
import kz.kepil.registry.application.SupplierStandings;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.domain.Sha256;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Product cards: a listed supplier's staff offer cards of the types their supplier is listed for, in
 * regions it serves, edit and withdraw them and add photos; the authorised body hides a card with a
 * reason and shows it again. Every change is audited and reaches the search index after commit.
 */
@ApplicationScoped
public class Products {

    static final String ENTITY = "Product";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Classifier classifier;

    @Inject
    SupplierStandings suppliers;

    @Inject
    Regions regions;

    @Inject
    Event<ProductChanged> changed;

    @Inject
    CatalogSearch search;

    @Inject
    @ConfigProperty(name = "kepil.catalog.max-photo-bytes", defaultValue = "8388608")
    long maxPhotoBytes;

    /** What the supplier states; the description may be HTML and is sanitised. */
    public record Offer(String classifierCode, String name, String description, Money price, int deliveryDays,
                        boolean available, Set<String> regions, Map<String, String> attributes) {
    }

    public long maxPhotoBytes() {
        return maxPhotoBytes;
    }

    @Transactional
    public Product create(long supplierId, Offer offer) {
        SupplierStandings.Standing supplier = sellingSupplier(supplierId);
        ClassifierType type = classifier.type(new ClassifierCode(offer.classifierCode()));
        Product product = new Product(supplierId, type, card(supplier, type, offer), clock.instant());
        em.persist(product);
        em.flush();
        audit.record(ENTITY, product.id(), "CREATED", null, product.auditSummary());
        changed.fire(new ProductChanged(product.id()));
        return product;
    }

    /** The supplier edits a card; {@code expectedVersion}, if given, must be the version the editor saw. */
    @Transactional
    public Product edit(long productId, Long expectedVersion, Offer offer) {
        Product product = locked(productId);
        SupplierStandings.Standing supplier = sellingSupplier(product.supplierId());
        if (expectedVersion != null && expectedVersion != product.version()) {
            throw DomainException.conflict("STALE_VERSION", "The card was changed meanwhile; reload it and edit again");
        }
        ClassifierType type = classifier.type(product.classifierCode());
        if (offer.classifierCode() != null && !offer.classifierCode().equals(type.code().value())) {
            throw DomainException.invalid("CLASSIFIER_CHANGE", "A card keeps its classifier type; offer a new card instead");
        }
        String before = product.auditSummary();
        product.edit(type, card(supplier, type, offer), clock.instant());
        audit.record(ENTITY, product.id(), "EDITED", before, product.auditSummary());
        changed.fire(new ProductChanged(product.id()));
        return product;
    }

    /** The supplier takes the card off the catalog; orders that name it keep their terms. */
    @Transactional
    public Product withdraw(long productId) {
        Product product = locked(productId);
        staff(product.supplierId());
        String before = product.auditSummary();
        product.withdraw(clock.instant());
        audit.record(ENTITY, product.id(), "WITHDRAWN", before, product.auditSummary());
        changed.fire(new ProductChanged(product.id()));
        return product;
    }

    @Transactional
    public Product hide(long productId, String reason) {
        requireAuthority();
        Product product = locked(productId);
        String before = product.auditSummary();
        product.hide(reason, caller.name(), clock.instant());
        audit.record(ENTITY, product.id(), "HIDDEN", before, product.auditSummary());
        changed.fire(new ProductChanged(product.id()));
        return product;
    }

    @Transactional
    public Product unhide(long productId) {
        requireAuthority();
        Product product = locked(productId);
        String before = product.auditSummary();
        product.unhide(clock.instant());
        audit.record(ENTITY, product.id(), "SHOWN", before, product.auditSummary());
        changed.fire(new ProductChanged(product.id()));
        return product;
    }

    /** A photo for a card: checked, scaled and kept; at most {@link ProductPhoto#MAX_PER_PRODUCT}. */
    @Transactional
    public ProductPhoto addPhoto(long productId, byte[] upload) {
        Product product = locked(productId);
        staff(product.supplierId());
        if (product.status() == ProductStatus.WITHDRAWN) {
            throw DomainException.conflict("PRODUCT_WITHDRAWN", "A withdrawn product card takes no photos");
        }
        if (upload == null || upload.length == 0) {
            throw DomainException.invalid("PHOTO_EMPTY", "The upload has no content");
        }
        if (upload.length > maxPhotoBytes) {
            throw DomainException.invalid("PHOTO_TOO_LARGE", "A photo has at most " + maxPhotoBytes / (1024 * 1024) + " MB");
        }
        List<ProductPhoto.Info> existing = photos(productId);
        if (existing.size() >= ProductPhoto.MAX_PER_PRODUCT) {
            throw DomainException.rule("PHOTO_LIMIT", "A card has at most " + ProductPhoto.MAX_PER_PRODUCT + " photos");
        }
        PhotoScaler.Scaled scaled = PhotoScaler.scale(upload);
        int position = existing.stream().mapToInt(ProductPhoto.Info::position).max().orElse(-1) + 1;
        ProductPhoto photo = new ProductPhoto(productId, position, scaled.contentType(), scaled.width(), scaled.height(),
                scaled.large(), scaled.thumbnail(), Sha256.hex(scaled.large()), clock.instant());
        em.persist(photo);
        product.touch(clock.instant());
        em.flush();
        audit.record(ENTITY, productId, "PHOTO_ADDED", null, "photo=" + photo.id() + " sha256=" + photo.sha256());
        changed.fire(new ProductChanged(productId));
        return photo;
    }

    @Transactional
    public void removePhoto(long productId, long photoId) {
        Product product = locked(productId);
        staff(product.supplierId());
        ProductPhoto photo = photo(productId, photoId);
        em.remove(photo);
        product.touch(clock.instant());
        audit.record(ENTITY, productId, "PHOTO_REMOVED", "photo=" + photoId + " sha256=" + photo.sha256(), null);
        changed.fire(new ProductChanged(productId));
    }

    public List<ProductPhoto.Info> photos(long productId) {
        return em.createNamedQuery("ProductPhoto.ofProduct", Object[].class).setParameter("product", productId)
                .getResultStream().map(ProductPhoto.Info::of).toList();
    }

    public ProductPhoto photo(long productId, long photoId) {
        ProductPhoto photo = em.find(ProductPhoto.class, photoId);
        if (photo == null || photo.productId() != productId) {
            throw DomainException.notFound("photo", photoId);
        }
        return photo;
    }

    /**
     * A card as its reader may see it: anyone sees an active card; a hidden or withdrawn one only its
     * supplier's staff, the authority and auditors.
     */
    public Product visible(long productId) {
        Product product = Optional.ofNullable(em.find(Product.class, productId))
                .orElseThrow(() -> DomainException.notFound("product", productId));
        if (product.status() != ProductStatus.ACTIVE || product.hiddenAt().isPresent()) {
            KepilPrincipal who = caller.principal().orElse(null);
            boolean insider = who != null && (who.hasRole(Role.AUTHORITY) || who.hasRole(Role.AUDITOR)
                    || who.worksFor(product.supplierId()));
            if (!insider) {
                throw DomainException.notFound("product", productId);
            }
        }
        return product;
    }

    /** A card with its supplier, type, photos, and what a unit costs whom in a region today. */
    public record Details(Product product, SupplierStandings.Standing supplier, ClassifierType type, Pricing pricing,
                          boolean orderable, List<ProductPhoto.Info> photos) {
    }

    public Details details(long productId, String region) {
        Product product = visible(productId);
        ClassifierType type = classifier.type(product.classifierCode());
        String r = region == null ? null : regions.requireRegion(region).code();
        Pricing pricing = new Pricing(product.price(), classifier.sumInForce(type.code(), r,
                kz.kepil.shared.domain.KzTime.today(clock)));
        return new Details(product, suppliers.of(product.supplierId()), type, pricing, search.orderable(productId, r),
                photos(productId));
    }

    /** Every card of a supplier, withdrawn and hidden ones too, for its staff and the authority. */
    public List<Product> ofSupplier(long supplierId) {
        KepilPrincipal who = caller.require();
        if (!who.hasRole(Role.AUTHORITY) && !who.hasRole(Role.AUDITOR)) {
            staff(supplierId);
        }
        return em.createNamedQuery("Product.ofSupplier", Product.class).setParameter("supplier", supplierId).getResultList();
    }

    private Product.Card card(SupplierStandings.Standing supplier, ClassifierType type, Offer offer) {
        if (!type.soldOnPortal()) {
            throw DomainException.rule("PRODUCT_TYPE_NOT_ON_PORTAL",
                    type.code() + " is bought by state procurement and is not sold on the portal");
        }
        if (!supplier.categories().contains(type.category())) {
            throw DomainException.rule("CATEGORY_NOT_LISTED",
                    "The supplier is not listed for " + type.category() + ", the category of " + type.code());
        }
        Set<String> wanted = offer.regions() == null ? Set.of() : new TreeSet<>(offer.regions());
        for (String region : wanted) {
            regions.requireRegion(region);
            if (!supplier.regions().contains(region)) {
                throw DomainException.rule("REGION_NOT_SERVED", "The supplier does not serve region " + region);
            }
        }
        return new Product.Card(offer.name(), DescriptionSanitiser.sanitise(offer.description()), offer.price(),
                offer.deliveryDays(), offer.available(), wanted, offer.attributes());
    }

    /** The caller works for the supplier, and the supplier is listed: only listed suppliers offer cards. */
    private SupplierStandings.Standing sellingSupplier(long supplierId) {
        staff(supplierId);
        SupplierStandings.Standing supplier = suppliers.of(supplierId);
        if (!supplier.status().takesNewOrders()) {
            throw DomainException.rule("SUPPLIER_NOT_LISTED", "A " + supplier.status() + " supplier offers no products");
        }
        if (!supplier.takesNewOrders()) {
            throw DomainException.rule("CONTRACT_NOT_SIGNED",
                    "A new version of the public offer contract is in force: the supplier's signatory signs it first");
        }
        return supplier;
    }

    private KepilPrincipal staff(long supplierId) {
        KepilPrincipal who = caller.require();
        if (!who.worksFor(supplierId)) {
            throw DomainException.forbidden("Only the supplier's own staff manage its product cards");
        }
        return who;
    }

    private void requireAuthority() {
        if (!caller.hasRole(Role.AUTHORITY)) {
            throw DomainException.forbidden("Only the authorised body hides product cards");
        }
    }

    private Product locked(long productId) {
        return Optional.ofNullable(em.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> DomainException.notFound("product", productId));
    }
}
