package kz.kepil.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.registry.application.Registry;
import kz.kepil.registry.domain.SupplierStatus;
import kz.kepil.platform.api.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The public registry of suppliers. */
@Path("registry")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
public class RegistryResource {

    @Inject
    Registry registry;

    @GET
    @Operation(summary = "Suppliers with their registry state; filter by status, region (e.g. KZ-75) and category")
    public List<SupplierView> list(@QueryParam("status") String status, @QueryParam("region") String region,
                                   @QueryParam("category") String category) {
        return registry.registry(QueryParams.enumOf(SupplierStatus.class, status, "status"), QueryParams.text(region),
                QueryParams.enumOf(ProductCategory.class, category, "category")).stream().map(SupplierView::of).toList();
    }
}
