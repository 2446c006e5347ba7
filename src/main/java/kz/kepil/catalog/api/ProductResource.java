package kz.kepil.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.kepil.catalog.application.CatalogIndex;
import kz.kepil.catalog.application.CatalogSearch;
import kz.kepil.catalog.application.Products;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.catalog.domain.ProductPhoto;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.platform.api.QueryParams;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Product cards and catalog search. */
@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog")
public class ProductResource {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_COMPARED = 4;

    /** A product card as the supplier states it. */
    public static class ProductRequest {
        /** The supplier offering it; may be left out by someone who works for one supplier only. */
        public Long supplierId;
        @NotBlank
        @Size(max = 30)
        public String classifierCode;
        @NotBlank
        @Size(max = 300)
        public String name;
        @Size(max = 20000)
        public String description;
        @NotNull
        @DecimalMin("0.01")
        @Digits(integer = 9, fraction = 2)
        public BigDecimal price;
        @NotEmpty
        public Set<String> regions;
        public Map<String, String> attributes;
        @NotNull
        @Min(0)
        @Max(365)
        public Integer deliveryDays;
        public Boolean available;
        /** On an edit: the version the editor saw, to refuse overwriting someone else's change. */
        public Long version;

        Products.Offer offer() {
            return new Products.Offer(classifierCode, name, description == null ? "" : description, Money.of(price),
                    deliveryDays, available == null || available, regions, attributes);
        }
    }

    /** Why the authority hides a card. */
    public static class Hiding {
        @NotBlank
        @Size(max = 1000)
        public String reason;
    }

    @Inject
    Products products;

    @Inject
    CatalogSearch search;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Search what a beneficiary may order: q (Kazakh, Russian, English), classifier, category, region,"
            + " supplierId, minPrice, maxPrice, maxTopUp, noTopUp, sort (relevance|price|price_desc|top_up|delivery),"
            + " page (from 0), size (≤ 100)")
    public SearchHitView.Page search(@QueryParam("q") String q, @QueryParam("classifier") String classifier,
                                     @QueryParam("category") String category, @QueryParam("region") String region,
                                     @QueryParam("supplierId") String supplierId, @QueryParam("minPrice") String minPrice,
                                     @QueryParam("maxPrice") String maxPrice, @QueryParam("maxTopUp") String maxTopUp,
                                     @QueryParam("noTopUp") String noTopUp, @QueryParam("sort") String sort,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        Money maxTop = QueryParams.money(maxTopUp, "maxTopUp");
        if ("true".equalsIgnoreCase(QueryParams.text(noTopUp))) {
            maxTop = Money.ZERO;
        }
        String text = QueryParams.text(q);
        if (text != null && text.length() > 200) {
            throw DomainException.invalid("VALIDATION_FAILED", "q has at most 200 characters");
        }
        CatalogIndex.Page result = search.search(new CatalogIndex.Query(text, QueryParams.text(classifier),
                QueryParams.enumOf(ProductCategory.class, category, "category"), QueryParams.text(region),
                QueryParams.id(supplierId, "supplierId"), QueryParams.money(minPrice, "minPrice"),
                QueryParams.money(maxPrice, "maxPrice"), maxTop, QueryParams.enumOf(CatalogIndex.Sort.class, sort, "sort"),
                QueryParams.integer(page, "page", 0, 0, 10_000), QueryParams.integer(size, "size", 20, 1, MAX_PAGE_SIZE)));
        return new SearchHitView.Page(result.hits().stream().map(SearchHitView::of).toList(), result.total(),
                result.page(), result.size());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"SUPPLIER_MANAGER", "SUPPLIER_SIGNATORY"})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Offer a product card (a listed supplier's staff)")
    public Response create(@NotNull @Valid ProductRequest body, @Context UriInfo uri) {
        long supplierId = supplierOf(body);
        var product = products.create(supplierId, body.offer());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(product.id())).build())
                .entity(view(product.id(), null)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A product card with price, guaranteed sum and top-up per unit in the region (national if none)")
    public ProductView get(@PathParam("id") long id, @QueryParam("region") String region) {
        return view(id, QueryParams.text(region));
    }

    @GET
    @Path("comparison")
    @Operation(summary = "Up to four products side by side: ids=1,2,3,4 and the region to price them in")
    public List<ProductView> compare(@QueryParam("ids") String ids, @QueryParam("region") String region) {
        List<Long> wanted = QueryParams.ids(ids, "ids", MAX_COMPARED);
        if (wanted.isEmpty()) {
            throw DomainException.invalid("VALIDATION_FAILED", "ids names the products to compare");
        }
        return wanted.stream().distinct().map(id -> view(id, QueryParams.text(region))).toList();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"SUPPLIER_MANAGER", "SUPPLIER_SIGNATORY"})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Edit a product card; orders already signed keep their price")
    public ProductView edit(@PathParam("id") long id, @NotNull @Valid ProductRequest body) {
        products.edit(id, body.version, body.offer());
        return view(id, null);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({"SUPPLIER_MANAGER", "SUPPLIER_SIGNATORY"})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Withdraw a product card from the catalog")
    public ProductView withdraw(@PathParam("id") long id) {
        products.withdraw(id);
        return view(id, null);
    }

    @POST
    @Path("{id}/hiding")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("AUTHORITY")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Hide a product card from the catalog, with the reason")
    public ProductView hide(@PathParam("id") long id, @NotNull @Valid Hiding body) {
        products.hide(id, body.reason);
        return view(id, null);
    }

    @DELETE
    @Path("{id}/hiding")
    @RolesAllowed("AUTHORITY")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Show a hidden product card again")
    public ProductView unhide(@PathParam("id") long id) {
        products.unhide(id);
        return view(id, null);
    }

    @POST
    @Path("{id}/photos")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({"SUPPLIER_MANAGER", "SUPPLIER_SIGNATORY"})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a photo (JPEG or PNG); it is scaled to a large image and a thumbnail")
    public Response addPhoto(@PathParam("id") long id, InputStream body) throws IOException {
        // Read no more than the limit allows: a larger upload is refused without being held in memory.
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 1L, products.maxPhotoBytes() + 1));
        ProductPhoto photo = products.addPhoto(id, content);
        ProductPhoto.Info info = products.photos(id).stream().filter(p -> p.id() == photo.id()).findFirst().orElseThrow();
        return Response.status(Response.Status.CREATED).entity(ProductView.PhotoView.of(info)).build();
    }

    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "A photo, large or ?size=thumbnail; cached by its digest")
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId, @QueryParam("size") String size,
                          @Context Request request) {
        products.visible(id);
        boolean thumbnail = "thumbnail".equalsIgnoreCase(QueryParams.text(size));
        ProductPhoto photo = products.photo(id, photoId);
        EntityTag tag = new EntityTag(photo.sha256().substring(0, 32) + (thumbnail ? "-t" : "-l"));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(365 * 24 * 3600);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(thumbnail ? photo.thumbnail() : photo.large(), photo.contentType()).tag(tag).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("{id}/photos/{photoId}")
    @RolesAllowed({"SUPPLIER_MANAGER", "SUPPLIER_SIGNATORY"})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Remove a photo")
    public Response removePhoto(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        products.removePhoto(id, photoId);
        return Response.noContent().build();
    }

    private ProductView view(long id, String region) {
        Products.Details d = products.details(id, region);
        return ProductView.of(d.product(), d.supplier(), d.type().category().name(), d.pricing(), d.orderable(), d.photos());
    }

    private long supplierOf(ProductRequest body) {
        if (body.supplierId != null) {
            return body.supplierId;
        }
        Set<Long> mine = caller.require().supplierIds();
        if (mine.size() != 1) {
            throw DomainException.invalid("VALIDATION_FAILED", "supplierId names the supplier offering the product");
        }
        return mine.iterator().next();
    }
}
