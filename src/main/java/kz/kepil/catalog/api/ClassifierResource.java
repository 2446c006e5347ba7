package kz.kepil.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.domain.Channel;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.GuaranteedSum;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.platform.api.QueryParams;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.region.application.Regions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The classifier of product types, their guaranteed sums and the MCI. */
@Path("classifier")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog")
public class ClassifierResource {

    /** A year's guaranteed sum per unit, national or for one region. */
    public static class SumRequest {
        @NotNull
        @DecimalMin(value = "0.01")
        @Digits(integer = 17, fraction = 2)
        public BigDecimal amount;
        public String region;
    }

    /** A sum as set. */
    public record SumView(String classifierCode, int year, String region, BigDecimal amount, Instant setAt, String setBy) {
        static SumView of(GuaranteedSum g) {
            return new SumView(g.classifierCode().value(), g.year(), g.regionCode().orElse(null), g.amount().amount(),
                    g.setAt(), g.setBy());
        }
    }

    /** The MCI of a year. */
    public record MciView(int year, BigDecimal amount) {
    }

    @Inject
    Classifier classifier;

    @Inject
    Regions regions;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Classifier types with the guaranteed sum in force today; filter by category, channel; region prices")
    public List<ClassifierTypeView> list(@QueryParam("category") String category, @QueryParam("channel") String channel,
                                         @QueryParam("region") String region) {
        ProductCategory c = QueryParams.enumOf(ProductCategory.class, category, "category");
        Channel ch = QueryParams.enumOf(Channel.class, channel, "channel");
        String r = region(region);
        Map<String, Map<String, Money>> sums = classifier.sumsInForce(today());
        return classifier.types().stream()
                .filter(t -> c == null || t.category() == c)
                .filter(t -> ch == null || t.channel() == ch)
                .map(t -> ClassifierTypeView.of(t, sumOf(sums, t, r)))
                .toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One classifier type with the guaranteed sum in force today (national, or the region's)")
    public ClassifierTypeView get(@PathParam("code") String code, @QueryParam("region") String region) {
        ClassifierType t = classifier.type(new ClassifierCode(code));
        return ClassifierTypeView.of(t, classifier.sumInForce(t.code(), region(region), today())
                .map(Money::amount).orElse(null));
    }

    @GET
    @Path("{code}/guaranteed-sums")
    @Operation(summary = "Every sum set for a type, latest year first")
    public List<SumView> sums(@PathParam("code") String code) {
        return classifier.sums(new ClassifierCode(code)).stream().map(SumView::of).toList();
    }

    @PUT
    @Path("{code}/guaranteed-sums/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("AUTHORITY")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Set or correct a year's guaranteed sum per unit, nationally or for one region")
    public SumView setSum(@PathParam("code") String code, @PathParam("year") int year, @NotNull @Valid SumRequest body) {
        return SumView.of(classifier.setSum(new ClassifierCode(code), year, QueryParams.text(body.region),
                Money.of(body.amount)));
    }

    @GET
    @Path("mci")
    @Operation(summary = "The monthly calculation index by year")
    public List<MciView> mci() {
        return classifier.mci().stream().map(m -> new MciView(m.year(), m.amount().amount())).toList();
    }

    private String region(String region) {
        String r = QueryParams.text(region);
        return r == null ? null : regions.requireRegion(r).code();
    }

    private LocalDate today() {
        return KzTime.today(clock);
    }

    private static BigDecimal sumOf(Map<String, Map<String, Money>> sums, ClassifierType t, String region) {
        Map<String, Money> perRegion = sums.get(t.code().value());
        if (perRegion == null) {
            return null;
        }
        Money m = region != null && perRegion.containsKey(region) ? perRegion.get(region) : perRegion.get(null);
        return m == null ? null : m.amount();
    }
}
