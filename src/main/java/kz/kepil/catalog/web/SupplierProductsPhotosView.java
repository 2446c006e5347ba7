package kz.kepil.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import kz.kepil.catalog.application.Products;
import kz.kepil.catalog.domain.Product;
import kz.kepil.catalog.domain.ProductPhoto;
import kz.kepil.catalog.domain.ProductStatus;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.error.DomainException;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The photos of a card on its edit page: the thumbnails served by the API, a JPEG or PNG to add, one to
 * remove. The catalog checks the content, the size and the number of photos; a withdrawn card takes
 * none. Photos are for cards that exist, so a new card gets them after it is created.
 */
@Named("supplierProductPhotos")
@ViewScoped
public class SupplierProductsPhotosView implements Serializable {

    @Inject
    transient Products products;

    @Inject
    transient CurrentCaller caller;

    /** The catalog's own limit ({@code kepil.catalog.max-photo-bytes}), read here to say it and to stop reading past it. */
    private long maxPhotoBytes;

    /** A photo as the page lists it. */
    public record Photo(long id, int number, String thumbnailUrl, String largeUrl) implements Serializable {
    }

    private Long productId;
    private boolean open;
    private String productName;
    private transient Part file;
    private transient List<Photo> photos;
    private transient FacesContext photosRead;

    /** The GET parameters: the templates leave f:metadata no place at the view root, so no f:viewParam. */
    @PostConstruct
    void init() {
        maxPhotoBytes = ConfigProvider.getConfig().getOptionalValue("kepil.catalog.max-photo-bytes", Long.class)
                .orElse(8L * 1024 * 1024);
        productId = PageTexts.idOf(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("id"));
        KepilPrincipal who = caller.principal().orElse(null);
        if (productId == null || who == null) {
            return;
        }
        try {
            Product p = products.visible(productId);
            if (who.worksFor(p.supplierId())) {
                productName = p.name();
                open = p.status() != ProductStatus.WITHDRAWN;
            } else {
                productId = null;
            }
        } catch (DomainException e) {
            productId = null;
        }
    }

    public void upload() {
        if (!open) {
            return;
        }
        if (file == null || file.getSize() == 0) {
            ProductTexts.error("photo:file", ProductTexts.text("photos.choose"));
            return;
        }
        // Read no more than one byte over the limit: a larger upload is refused without being held whole.
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1L, maxPhotoBytes + 1));
            products.addPhoto(productId, content);
            photos = null;
            ProductTexts.info(ProductTexts.text("photos.added"));
        } catch (DomainException e) {
            ProductTexts.refused("photos.refused", e);
        } catch (IOException e) {
            ProductTexts.error(null, ProductTexts.text("photos.refused") + " " + e.getMessage());
        } finally {
            file = null;
        }
    }

    public void remove(long photoId) {
        if (productId == null) {
            return;
        }
        try {
            products.removePhoto(productId, photoId);
            photos = null;
            ProductTexts.info(ProductTexts.text("photos.removed"));
        } catch (DomainException e) {
            ProductTexts.refused("photos.removeRefused", e);
        }
    }

    /** The card's photos in their order, read once per request. */
    public List<Photo> getPhotos() {
        if (productId == null) {
            return List.of();
        }
        FacesContext now = FacesContext.getCurrentInstance();
        if (photos == null || photosRead != now) {
            photos = read();
            photosRead = now;
        }
        return photos;
    }

    private List<Photo> read() {
        List<ProductPhoto.Info> infos = products.photos(productId);
        return IntStream.range(0, infos.size()).mapToObj(i -> {
            ProductPhoto.Info f = infos.get(i);
            String base = "/api/v1/products/" + productId + "/photos/" + f.id();
            String v = "v=" + f.sha256().substring(0, 12);
            return new Photo(f.id(), i + 1, base + "?size=thumbnail&" + v, base + "?" + v);
        }).toList();
    }

    public boolean isShown() {
        return productId != null;
    }

    /** Photos may be added and removed: the card is not withdrawn. */
    public boolean isOpen() {
        return open;
    }

    public int getMaxPhotos() {
        return ProductPhoto.MAX_PER_PRODUCT;
    }

    public long getMaxMegabytes() {
        return maxPhotoBytes / (1024 * 1024);
    }

    public String alt(int number) {
        return ProductTexts.format("photos.alt", number, productName);
    }

    public String removeLabel(int number) {
        return ProductTexts.format("photos.removeNamed", number);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
