package kz.kepil.entitlement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.kepil.entitlement.application.Entitlements;
import kz.kepil.entitlement.domain.EsobesOutbound;
import kz.kepil.entitlement.domain.Measure;
import kz.kepil.platform.api.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The E-Sobes system: measures in queue order, deaths and moves, and what the portal tells it back. */
@Path("integration/esobes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entitlements")
@SecurityRequirement(name = "bearer")
@RolesAllowed("ESOBES")
public class EsobesResource {

    /** A measure as E-Sobes sends it. */
    public static class MeasureRequest {
        @NotBlank
        @Pattern(regexp = "\\d{12}")
        public String iin;
        @NotBlank
        @Size(max = 300)
        public String fullName;
        @NotNull
        public LocalDate birthDate;
        @Size(max = 30)
        public String phone;
        @NotBlank
        public String akimatCode;
        @NotBlank
        public String region;
        @NotBlank
        public String classifierCode;
        @NotNull
        @Min(1)
        public Integer quantity;
        @NotNull
        public LocalDate iprValidFrom;
        @NotNull
        public LocalDate iprValidTo;
        @NotBlank
        @Size(max = 40)
        public String queueNumber;
        @NotNull
        public LocalDate queueDate;
        @Size(max = 40)
        public String replacementOf;
    }

    /** A death or a move to another region. */
    public static class EventRequest {
        @NotNull
        public Entitlements.Departure type;
        @NotBlank
        @Pattern(regexp = "\\d{12}")
        public String iin;
        @NotNull
        public LocalDate date;
        /** The new region, for a move. */
        public String region;
    }

    /** A record for E-Sobes. */
    public record OutboundView(long id, long measureId, String kind, String payload, Instant createdAt) {
        static OutboundView of(EsobesOutbound e) {
            return new OutboundView(e.id(), e.measureId(), e.kind().name(), e.payload(), e.createdAt());
        }
    }

    @Inject
    Entitlements entitlements;

    @POST
    @Path("measures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a measure (idempotent on iin + queueNumber): 201 when new, 200 when already received")
    public Response measure(@NotNull @Valid MeasureRequest b, @Context UriInfo uri) {
        Entitlements.Receipt receipt = entitlements.receive(new Measure.Received(b.iin, b.fullName, b.birthDate, b.phone,
                b.akimatCode, b.region, b.classifierCode, b.quantity, b.iprValidFrom, b.iprValidTo, b.queueNumber,
                b.queueDate, b.replacementOf));
        Map<String, Object> body = Map.of("id", receipt.measure().id(), "status", receipt.measure().status().name());
        return receipt.created()
                ? Response.created(uri.getBaseUriBuilder().path("entitlements").path(String.valueOf(receipt.measure().id()))
                        .build()).entity(body).build()
                : Response.ok(body).build();
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A beneficiary died (DEATH) or moved to another region (MOVE): open measures close")
    public Map<String, Integer> event(@NotNull @Valid EventRequest b) {
        return Map.of("closed", entitlements.departed(b.iin, b.type, b.date, QueryParams.text(b.region)));
    }

    @GET
    @Path("outbound")
    @Operation(summary = "What the portal tells E-Sobes, oldest first, after the id last read")
    public List<OutboundView> outbound(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        Long from = QueryParams.id(after, "after");
        return entitlements.outbound(from == null ? 0 : from, QueryParams.integer(limit, "limit", 100, 1, 1000)).stream()
                .map(OutboundView::of).toList();
    }
}
