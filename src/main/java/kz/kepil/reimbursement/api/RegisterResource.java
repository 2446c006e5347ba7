package kz.kepil.reimbursement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import kz.kepil.platform.api.QueryParams;
import kz.kepil.reimbursement.application.FinanceReports;
import kz.kepil.reimbursement.application.RegisterBuilds;
import kz.kepil.reimbursement.application.Registers;
import kz.kepil.reimbursement.domain.RegisterStatus;
import kz.kepil.signing.api.DocumentView;
import kz.kepil.signing.api.StoredSignatureView;
import kz.kepil.shared.error.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/** Payment registers: built by a finance officer, approved with EDS by another person, paid. */
@Path("reimbursement/registers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reimbursement")
@SecurityRequirement(name = "bearer")
public class RegisterResource {

    /** {@code {"akimatCode","supplierId"?,"periodFrom","periodTo"}}: which READY claims to register. */
    public static class NewRegister {
        @NotBlank
        @Size(max = 20)
        public String akimatCode;
        public Long supplierId;
        @NotBlank
        public String periodFrom;
        @NotBlank
        public String periodTo;
    }

    /** {@code {"bankReference","paidOn"}}: the bank's reference of the payment and the day it was paid. */
    public static class Payment {
        @NotBlank
        @Size(max = 100)
        public String bankReference;
        @NotBlank
        public String paidOn;
    }

    @Inject
    Registers registers;

    @Inject
    FinanceReports reports;

    @Inject
    RegisterBuilds builds;

    /** Test and demo portals (a clock that can be moved) let a request set how the register is built. */
    @Inject
    @ConfigProperty(name = "kepil.clock.adjustable", defaultValue = "false")
    boolean testPortal;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FINANCE_OFFICER")
    @Operation(summary = "Build a register from the READY claims of the akimat (and supplier) completed in the period: 201 DRAFT,"
            + " or, from kepil.reimbursement.batch-threshold claims on, 202 BUILDING while a batch job writes its lines")
    public Response create(@NotNull @Valid NewRegister body, @Context UriInfo uri,
                           @HeaderParam("X-Kepil-Batch-Threshold") String threshold,
                           @HeaderParam("X-Kepil-Batch-Chunk") String chunk,
                           @HeaderParam("X-Kepil-Batch-Fail-After-Chunks") String failAfterChunks) {
        RegisterBuilds.Options options = testPortal ? new RegisterBuilds.Options(number(threshold), number(chunk),
                number(failAfterChunks)) : RegisterBuilds.Options.DEFAULT;
        Registers.Details d = builds.build(new Registers.Request(body.akimatCode, body.supplierId,
                Downloads.day(body.periodFrom, "periodFrom"), Downloads.day(body.periodTo, "periodTo")), options);
        Response.ResponseBuilder response = d.register().status() == RegisterStatus.BUILDING ? Response.accepted()
                : Response.status(Response.Status.CREATED);
        return response.location(uri.getAbsolutePathBuilder().path(String.valueOf(d.register().id())).build())
                .entity(RegisterView.of(d)).build();
    }

    @GET
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR"})
    @Operation(summary = "Registers of an akimat (the caller's own for finance), by status")
    public List<RegisterView> list(@QueryParam("akimatCode") String akimatCode, @QueryParam("status") String status) {
        return registers.list(QueryParams.text(akimatCode), QueryParams.enumOf(RegisterStatus.class, status, "status")).stream()
                .map(r -> RegisterView.of(r, null)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR"})
    @Operation(summary = "A register with its lines (the first `lines` of them when given) and, for one built by the batch job,"
            + " its build's progress")
    public RegisterView get(@PathParam("id") long id, @QueryParam("lines") String lines) {
        Integer max = QueryParams.text(lines) == null ? null : number(lines);
        if (max != null && max < 0) {
            throw DomainException.invalid("VALIDATION_FAILED", "lines is a number of lines, 0 or more");
        }
        return RegisterView.of(max == null ? registers.details(id) : registers.details(id, max));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("FINANCE_OFFICER")
    @Operation(summary = "Discard a draft (its maker only): its claims are READY for another register")
    public RegisterView discard(@PathParam("id") long id) {
        return RegisterView.of(registers.discard(id), List.of());
    }

    @GET
    @Path("{id}/document")
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR"})
    @Operation(summary = "The register as the finance approver signs it")
    public DocumentView document(@PathParam("id") long id) {
        return DocumentView.of(registers.document(id));
    }

    @GET
    @Path("{id}/document/lines")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR"})
    @Operation(summary = "The lines of the register's document as one canonical JSON array, streamed: for a register a batch job "
            + "built, its SHA-256 is the document's linesSha256")
    public Response documentLines(@PathParam("id") long id) {
        Consumer<Registers.BytesSink> lines = registers.documentLines(id);
        StreamingOutput body = out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
            lines.accept(bytes -> {
                try {
                    buffered.write(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            buffered.flush();
        };
        return Response.ok(body, MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("FINANCE_APPROVER")
    @Operation(summary = "Approve with the approver's EDS (not the maker; financial-signing role on the certificate) → APPROVED")
    public RegisterView approve(@PathParam("id") long id, @NotNull @Valid StoredSignatureView.Request body) {
        return RegisterView.of(registers.approve(id, body.cms));
    }

    @GET
    @Path("{id}/payment-file")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR"})
    @Operation(summary = "The bank payment file of an approved register: ISO 20022 pain.001.001.09 XML, valid against the official schema")
    public Response paymentFile(@PathParam("id") long id) {
        Registers.File file = registers.paymentFile(id);
        return Response.ok(file.content(), file.mediaType() + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"").build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR"})
    @Operation(summary = "The register as a PDF: every line and the total; once approved the approver's certificate and signing time, "
            + "with the signed document and the CMS signature attached; a draft says it is not approved. ?lang=kk|ru|en")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers,
                        @Context UriInfo uri) {
        return Downloads.of(reports.registerPdf(id, Downloads.texts(lang, headers), Downloads.verifyUrl(uri)));
    }

    @GET
    @Path("{id}/lines.xlsx")
    @Produces({FinanceReportResource.XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR"})
    @Operation(summary = "The register's lines as a spreadsheet, with their total; ?lang=kk|ru|en")
    public Response lines(@PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return Downloads.of(reports.registerLines(id, Downloads.texts(lang, headers)));
    }

    @POST
    @Path("{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER"})
    @Operation(summary = "Record the bank's payment of an approved register → PAID, claims REIMBURSED, budget spent")
    public RegisterView pay(@PathParam("id") long id, @NotNull @Valid Payment body) {
        return RegisterView.of(registers.pay(id, body.bankReference, Downloads.day(body.paidOn, "paidOn")));
    }

    private static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("VALIDATION_FAILED", "'" + value + "' is not a whole number");
        }
    }
}
