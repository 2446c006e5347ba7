package kz.kepil.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.catalog.application.Products;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A supplier's own cards, withdrawn and hidden ones included. */
@Path("suppliers/{id}/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog")
@SecurityRequirement(name = "bearer")
public class SupplierProductsResource {

    @Inject
    Products products;

    @GET
    @RolesAllowed({"SUPPLIER_MANAGER", "SUPPLIER_SIGNATORY", "AUTHORITY", "AUDITOR"})
    @Operation(summary = "Every card of the supplier, for its staff, the authority and auditors")
    public List<ProductView> list(@PathParam("id") long id) {
        return products.ofSupplier(id).stream().map(p -> {
            Products.Details d = products.details(p.id(), null);
            return ProductView.of(d.product(), d.supplier(), d.type().category().name(), d.pricing(), d.orderable(), d.photos());
        }).toList();
    }
}
