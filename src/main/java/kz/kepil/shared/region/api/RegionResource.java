package kz.kepil.shared.region.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.shared.domain.LocalizedNames;
import kz.kepil.shared.region.application.Regions;
import kz.kepil.shared.region.domain.Akimat;
import kz.kepil.shared.region.domain.Region;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The regions and their akimats, public reference data. */
@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reference")
public class RegionResource {

    /** An akimat department. */
    public record AkimatView(String code, Names names) {
    }

    /** A region with its akimat. */
    public record RegionView(String code, String kato, String kind, Names names, List<AkimatView> akimats) {
    }

    @Inject
    Regions regions;

    @GET
    @Operation(summary = "The 17 regions and 3 cities of republican significance, each with its akimat department")
    public List<RegionView> list() {
        Map<String, List<AkimatView>> byRegion = regions.akimats().stream().collect(Collectors.groupingBy(
                a -> a.region().code(), Collectors.mapping(RegionResource::view, Collectors.toList())));
        return regions.regions().stream()
                .map(r -> new RegionView(r.code(), r.kato(), r.kind().name(), names(r),
                        byRegion.getOrDefault(r.code(), List.of())))
                .toList();
    }

    private static AkimatView view(Akimat a) {
        return new AkimatView(a.code(), Names.of(a.names()));
    }

    private static Names names(Region r) {
        return Names.of(r.names());
    }

    /** Names in the three languages of the portal. */
    public record Names(String kk, String ru, String en) {
        static Names of(LocalizedNames names) {
            return new Names(names.kk(), names.ru(), names.en());
        }
    }
}
