package kz.kepil.ordering.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import kz.kepil.ordering.application.Orders;
import kz.kepil.ordering.domain.Order;
import kz.kepil.ordering.domain.OrderStatus;
import kz.kepil.ordering.domain.RefusalReason;
import kz.kepil.platform.api.QueryParams;
import kz.kepil.shared.domain.Money;
import kz.kepil.signing.api.DocumentView;
import kz.kepil.signing.api.StoredSignatureView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The order flow of API.md: draft, signed order, the supplier's signed decision, top-up, delivery, receipt. */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ordering")
@SecurityRequirement(name = "bearer")
public class OrderResource {

    private static final String BENEFICIARY = "BENEFICIARY";
    private static final String REPRESENTATIVE = "REPRESENTATIVE";
    private static final String MANAGER = "SUPPLIER_MANAGER";
    private static final String SIGNATORY = "SUPPLIER_SIGNATORY";

    /** What to order. */
    public static class NewOrder {
        @NotNull
        public Long entitlementId;
        @NotNull
        public Long productId;
        @NotNull
        @Min(1)
        public Integer quantity;
        /** The day of arrival: required for a sanatorium stay, refused for anything else. */
        public LocalDate arrivalDate;
    }

    /** A day the supplier records: the beneficiary's arrival or departure. */
    public static class StayDay {
        @NotNull
        public LocalDate date;
    }

    /** A refusal: its coded reason and the signature over the refusal document for that reason. */
    public static class Refusal {
        @NotNull
        public RefusalReason reason;
        @NotBlank
        public String cms;
    }

    /** The top-up the beneficiary paid, as the supplier's receipt records it. */
    public static class TopUpReceipt {
        @NotNull
        @DecimalMin("0.00")
        @Digits(integer = 17, fraction = 2)
        public BigDecimal amount;
        @NotBlank
        @Size(max = 100)
        public String reference;
    }

    /** Why the beneficiary cancels (free text), or the supplier's coded reason ({@code SupplierCancellationReason}). */
    public static class Cancellation {
        @Size(max = 300)
        public String reason;
    }

    @Inject
    Orders orders;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({BENEFICIARY, REPRESENTATIVE})
    @Operation(summary = "Draft an order on a selectable entitlement: price, guaranteed sum, state amount, top-up, total")
    public Response draft(@NotNull @Valid NewOrder body, @Context UriInfo uri) {
        Order o = orders.draft(body.entitlementId, body.productId, body.quantity, body.arrivalDate);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(o.id())).build()).entity(OrderView.of(o)).build();
    }

    @GET
    @Operation(summary = "The caller's orders: a beneficiary's, a supplier's (by decision due), an akimat's; ?status=")
    public List<OrderView> list(@QueryParam("status") String status) {
        return orders.mine(QueryParams.enumOf(OrderStatus.class, status, "status")).stream().map(OrderView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An order, for its parties, the akimat, the authority and auditors")
    public OrderView get(@PathParam("id") long id) {
        return OrderView.of(orders.visible(id));
    }

    @GET
    @Path("{id}/document")
    @RolesAllowed({BENEFICIARY, REPRESENTATIVE})
    @Operation(summary = "The order and reimbursement application to sign (a draft shows today's amounts)")
    public DocumentView document(@PathParam("id") long id) {
        return DocumentView.of(orders.document(id));
    }

    @POST
    @Path("{id}/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({BENEFICIARY, REPRESENTATIVE})
    @Operation(summary = "Sign the order and the application for reimbursement → SUBMITTED with decisionDue")
    public OrderView sign(@PathParam("id") long id, @NotNull @Valid StoredSignatureView.Request body) {
        return OrderView.of(orders.sign(id, body.cms));
    }

    @GET
    @Path("{id}/acceptance/document")
    @RolesAllowed({MANAGER, SIGNATORY})
    @Operation(summary = "The acceptance to sign by the supplier's signatory")
    public DocumentView acceptanceDocument(@PathParam("id") long id) {
        return DocumentView.of(orders.acceptanceDocument(id));
    }

    @POST
    @Path("{id}/acceptance/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, SIGNATORY})
    @Operation(summary = "Accept the order with the supplier's EDS → ACCEPTED")
    public OrderView accept(@PathParam("id") long id, @NotNull @Valid StoredSignatureView.Request body) {
        return OrderView.of(orders.accept(id, body.cms));
    }

    @GET
    @Path("{id}/refusal/document")
    @RolesAllowed({MANAGER, SIGNATORY})
    @Operation(summary = "The refusal for a coded reason to sign (?reason=NO_GOODS|…)")
    public DocumentView refusalDocument(@PathParam("id") long id, @QueryParam("reason") String reason) {
        return DocumentView.of(orders.refusalDocument(id, QueryParams.enumOf(RefusalReason.class, reason, "reason")));
    }

    @POST
    @Path("{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, SIGNATORY})
    @Operation(summary = "Refuse the order for a coded reason with the supplier's EDS → REFUSED")
    public OrderView refuse(@PathParam("id") long id, @NotNull @Valid Refusal body) {
        return OrderView.of(orders.refuse(id, body.reason, body.cms));
    }

    @POST
    @Path("{id}/top-up-receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, SIGNATORY})
    @Operation(summary = "Record the top-up the beneficiary paid (the order's top-up exactly)")
    public OrderView topUp(@PathParam("id") long id, @NotNull @Valid TopUpReceipt body) {
        return OrderView.of(orders.topUpReceived(id, Money.of(body.amount), body.reference));
    }

    @GET
    @Path("{id}/delivery-act/document")
    @RolesAllowed({MANAGER, SIGNATORY})
    @Operation(summary = "The delivery act to sign by the supplier's signatory")
    public DocumentView deliveryDocument(@PathParam("id") long id) {
        return DocumentView.of(orders.deliveryDocument(id));
    }

    @POST
    @Path("{id}/delivery-act/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, SIGNATORY})
    @Operation(summary = "Sign the delivery act → DELIVERED_BY_SUPPLIER")
    public OrderView deliver(@PathParam("id") long id, @NotNull @Valid StoredSignatureView.Request body) {
        return OrderView.of(orders.deliver(id, body.cms));
    }

    @GET
    @Path("{id}/receipt/document")
    @RolesAllowed({BENEFICIARY, REPRESENTATIVE})
    @Operation(summary = "The confirmation of receipt to sign by the beneficiary")
    public DocumentView receiptDocument(@PathParam("id") long id) {
        return DocumentView.of(orders.receiptDocument(id));
    }

    @POST
    @Path("{id}/receipt/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({BENEFICIARY, REPRESENTATIVE})
    @Operation(summary = "Confirm receipt with the beneficiary's EDS → COMPLETED")
    public OrderView receive(@PathParam("id") long id, @NotNull @Valid StoredSignatureView.Request body) {
        return OrderView.of(orders.confirmReceipt(id, body.cms));
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({BENEFICIARY, REPRESENTATIVE, MANAGER, SIGNATORY})
    @Operation(summary = "Cancel: the beneficiary before the supplier decided, or a sanatorium stay until three working days"
            + " before arrival; the supplier's signatory an accepted stay until then, for a coded reason")
    public OrderView cancel(@PathParam("id") long id, @Valid Cancellation body) {
        return OrderView.of(orders.cancel(id, body == null ? null : body.reason));
    }

    @POST
    @Path("{id}/arrival")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, SIGNATORY})
    @Operation(summary = "Record the day the beneficiary arrived at the sanatorium")
    public OrderView arrival(@PathParam("id") long id, @NotNull @Valid StayDay body) {
        return OrderView.of(orders.arrived(id, body.date));
    }

    @POST
    @Path("{id}/departure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, SIGNATORY})
    @Operation(summary = "Record the day the beneficiary left the sanatorium (at most 14 days of stay)")
    public OrderView departure(@PathParam("id") long id, @NotNull @Valid StayDay body) {
        return OrderView.of(orders.departed(id, body.date));
    }

    @POST
    @Path("{id}/no-show")
    @RolesAllowed({MANAGER, SIGNATORY})
    @Operation(summary = "Record that the beneficiary did not come (from the day after the arrival date) → NO_SHOW")
    public OrderView noShow(@PathParam("id") long id) {
        return OrderView.of(orders.noShow(id));
    }
}
