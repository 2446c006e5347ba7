package kz.kepil.ordering.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.kepil.ordering.application.ServiceActs;
import kz.kepil.ordering.domain.ServiceAct;
import kz.kepil.ordering.domain.ServiceSheet;
import kz.kepil.shared.error.DomainException;
import kz.kepil.signing.api.DocumentView;
import kz.kepil.signing.api.StoredSignatureView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monthly acts of an hourly service order: the supplier's signatory files the month's act with its service
 * sheet, signed over the document of that same sheet; the beneficiary confirms each act with EDS.
 */
@Path("orders/{id}/acts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ordering")
@SecurityRequirement(name = "bearer")
public class ServiceActResource {

    private static final String BENEFICIARY = "BENEFICIARY";
    private static final String REPRESENTATIVE = "REPRESENTATIVE";
    private static final String MANAGER = "SUPPLIER_MANAGER";
    private static final String SIGNATORY = "SUPPLIER_SIGNATORY";

    /**
     * A month's act: the month, the hours of each day — an object {@code {"2026-10-03":4,…}} or the query form
     * of the document request {@code "2026-10-03:4,…"} — and the signature over the act document of that sheet.
     */
    public static class NewAct {
        @NotBlank
        public String month;
        @NotNull
        public Object days;
        @NotBlank
        public String cms;
    }

    @Inject
    ServiceActs acts;

    @GET
    @Operation(summary = "The monthly acts of an hourly service order, by month")
    public List<ServiceActView> list(@PathParam("id") long id) {
        return acts.visible(id).stream().map(ServiceActView::of).toList();
    }

    @GET
    @Path("document")
    @RolesAllowed({MANAGER, SIGNATORY})
    @Operation(summary = "The act of a month to sign: ?month=YYYY-MM&days=YYYY-MM-DD:hours,…")
    public DocumentView document(@PathParam("id") long id, @QueryParam("month") String month, @QueryParam("days") String days) {
        return DocumentView.of(acts.actDocument(id, month(month), ServiceSheet.parse(days)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, SIGNATORY})
    @Operation(summary = "File the act of a month signed by the supplier's signatory → SUBMITTED")
    public Response file(@PathParam("id") long id, @NotNull @Valid NewAct body, @Context UriInfo uri) {
        ServiceAct act = acts.file(id, month(body.month), days(body.days), body.cms);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(act.id())).build())
                .entity(ServiceActView.of(act)).build();
    }

    @GET
    @Path("{actId}/document")
    @RolesAllowed({BENEFICIARY, REPRESENTATIVE})
    @Operation(summary = "The confirmation of an act to sign by the beneficiary")
    public DocumentView confirmationDocument(@PathParam("id") long id, @PathParam("actId") long actId) {
        return DocumentView.of(acts.confirmationDocument(id, actId));
    }

    @POST
    @Path("{actId}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({BENEFICIARY, REPRESENTATIVE})
    @Operation(summary = "Confirm the act with the beneficiary's EDS → CONFIRMED, a claim")
    public ServiceActView confirm(@PathParam("id") long id, @PathParam("actId") long actId,
                                  @NotNull @Valid StoredSignatureView.Request body) {
        return ServiceActView.of(acts.confirm(id, actId, body.cms));
    }

    private static Map<LocalDate, Integer> days(Object days) {
        if (days instanceof String compact) {
            return ServiceSheet.parse(compact);
        }
        if (!(days instanceof Map<?, ?> map)) {
            throw DomainException.invalid("VALIDATION_FAILED", "days maps dates (YYYY-MM-DD) to hours");
        }
        Map<LocalDate, Integer> sheet = new TreeMap<>();
        try {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getValue() instanceof Number hours)) {
                    throw DomainException.invalid("VALIDATION_FAILED", "the hours of a day are a whole number");
                }
                sheet.put(LocalDate.parse(String.valueOf(e.getKey())), new java.math.BigDecimal(hours.toString()).intValueExact());
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            throw DomainException.invalid("VALIDATION_FAILED", "days maps dates (YYYY-MM-DD) to whole hours");
        }
        return sheet;
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("VALIDATION_FAILED", "month is YYYY-MM");
        }
    }
}
