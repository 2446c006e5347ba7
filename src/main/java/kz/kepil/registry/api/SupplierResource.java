package kz.kepil.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.identity.infrastructure.RoleCheckFeature;
import kz.kepil.registry.application.Registry;
import kz.kepil.registry.domain.Decision;
import kz.kepil.registry.domain.Ground;
import kz.kepil.registry.domain.Supplier;
import kz.kepil.registry.domain.SupplierDecision;
import kz.kepil.registry.domain.SupplierKind;
import kz.kepil.signing.api.DocumentView;
import kz.kepil.signing.api.StoredSignatureView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** Applying for listing, the public offer contract, the authority's signed decisions, withdrawal, history. */
@Path("suppliers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
@SecurityRequirement(name = "bearer")
public class SupplierResource {

    /** An application for listing. */
    public static class NewSupplier {
        @NotNull
        public SupplierKind kind;
        public String bin;
        public String iin;
        @NotBlank
        @Size(max = 300)
        public String name;
        @NotEmpty
        public Set<String> regions;
        @NotEmpty
        public Set<ProductCategory> categories;
        @NotBlank
        public String iban;
        @NotBlank
        public String bik;
        @NotBlank
        @Email
        public String email;
        @NotBlank
        @Size(max = 30)
        public String phone;
    }

    /** A decision to draft. */
    public static class NewDecision {
        @NotNull
        public Decision decision;
        @NotNull
        public Ground ground;
        @Size(max = 2000)
        public String note;
    }

    /** Why the supplier leaves. */
    public static class Withdrawal {
        @Size(max = 2000)
        public String reason;
    }

    @Inject
    Registry registry;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleCheckFeature.ANY_SIGNED_IN)
    @Operation(summary = "Apply for listing (a legal entity by its BIN, an entrepreneur by their IIN)")
    public Response apply(@NotNull @Valid NewSupplier body, @Context UriInfo uri) {
        Supplier s = registry.apply(new Registry.Application(body.kind, body.bin, body.iin, body.name, body.regions,
                body.categories, body.iban, body.bik, body.email, body.phone));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.id())).build())
                .entity(SupplierView.of(s)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A supplier's registry state and ground")
    public SupplierView get(@PathParam("id") long id) {
        return SupplierView.of(registry.supplier(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The supplier's signed decisions, oldest first")
    public List<DecisionView> history(@PathParam("id") long id) {
        return registry.decisions(id).stream().filter(SupplierDecision::isSigned).map(DecisionView::of).toList();
    }

    @GET
    @Path("{id}/public-contract/document")
    @RolesAllowed({"SUPPLIER_MANAGER", "SUPPLIER_SIGNATORY"})
    @Operation(summary = "The public offer contract to sign, for this supplier")
    public DocumentView contractDocument(@PathParam("id") long id) {
        return DocumentView.of(registry.contractDocument(id));
    }

    @POST
    @Path("{id}/public-contract/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"SUPPLIER_MANAGER", "SUPPLIER_SIGNATORY"})
    @Operation(summary = "Sign the public offer contract with the signatory's EDS (CEO or may-sign, same BIN)")
    public Response signContract(@PathParam("id") long id, @NotNull @Valid StoredSignatureView.Request body) {
        return Response.status(201).entity(StoredSignatureView.of(registry.signContract(id, body.cms))).build();
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("AUTHORITY")
    @Operation(summary = "Draft a decision (ADMIT, REJECT, SUSPEND, OPEN_EXCLUSION, EXCLUDE, REINSTATE) with a coded ground")
    public Response draft(@PathParam("id") long id, @NotNull @Valid NewDecision body, @Context UriInfo uri) {
        SupplierDecision d = registry.draft(id, body.decision, body.ground, body.note);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build())
                .entity(DecisionView.of(d)).build();
    }

    @GET
    @Path("{id}/decisions/{did}/document")
    @RolesAllowed("AUTHORITY")
    @Operation(summary = "The decision to sign")
    public DocumentView decisionDocument(@PathParam("id") long id, @PathParam("did") long decisionId) {
        return DocumentView.of(registry.decisionDocument(id, decisionId));
    }

    @POST
    @Path("{id}/decisions/{did}/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("AUTHORITY")
    @Operation(summary = "Sign the decision with the official's EDS; it takes effect")
    public DecisionView signDecision(@PathParam("id") long id, @PathParam("did") long decisionId,
                                     @NotNull @Valid StoredSignatureView.Request body) {
        return DecisionView.of(registry.signDecision(id, decisionId, body.cms));
    }

    /** A filed document, without its content. */
    public record FiledDocumentView(long id, String type, String fileName, String mediaType, long size, String sha256,
                                    java.time.Instant filedAt) {
        static FiledDocumentView of(kz.kepil.registry.domain.SupplierDocument d) {
            return new FiledDocumentView(d.id(), d.type().name(), d.fileName(), d.format().mediaType(), d.size(),
                    d.sha256(), d.filedAt());
        }
    }

    @POST
    @Path("{id}/documents")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({"SUPPLIER_MANAGER", "SUPPLIER_SIGNATORY"})
    @Operation(summary = "File a document (PDF, JPEG or PNG; ?type=STATE_REGISTRATION|LICENCE|CONFORMITY_CERTIFICATE|OTHER&name=…)")
    public Response fileDocument(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("type") String type,
                                 @jakarta.ws.rs.QueryParam("name") String name, java.io.InputStream body) throws java.io.IOException {
        kz.kepil.registry.domain.DocumentType documentType = kz.kepil.platform.api.QueryParams.enumOf(kz.kepil.registry.domain.DocumentType.class, type, "type");
        if (documentType == null) {
            throw kz.kepil.shared.error.DomainException.invalid("VALIDATION_FAILED", "type is required");
        }
        // Read no more than the limit allows: a larger upload is refused without being held in memory.
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 1L, registry.maxDocumentBytes() + 1));
        return Response.status(201).entity(FiledDocumentView.of(registry.fileDocument(id, documentType, name, content))).build();
    }

    @GET
    @Path("{id}/documents")
    @RolesAllowed({"SUPPLIER_MANAGER", "SUPPLIER_SIGNATORY", "AUTHORITY", "AUDITOR"})
    @Operation(summary = "The documents the supplier filed")
    public List<FiledDocumentView> documents(@PathParam("id") long id) {
        return registry.documents(id).stream().map(FiledDocumentView::of).toList();
    }

    @GET
    @Path("{id}/documents/{docId}/content")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({"SUPPLIER_MANAGER", "SUPPLIER_SIGNATORY", "AUTHORITY", "AUDITOR"})
    @Operation(summary = "A filed document as it was filed")
    public Response documentContent(@PathParam("id") long id, @PathParam("docId") long docId) {
        kz.kepil.registry.domain.SupplierDocument d = registry.document(id, docId);
        return Response.ok(d.content(), d.format().mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(d.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The supplier's reasons against exclusion. */
    public static class Objection {
        @jakarta.validation.constraints.NotBlank
        @Size(max = 4000)
        public String text;
    }

    @POST
    @Path("{id}/objection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("SUPPLIER_SIGNATORY")
    @Operation(summary = "Object to exclusion proceedings, or to a suspension by the portal, until the objection deadline")
    public SupplierView object(@PathParam("id") long id, @NotNull @Valid Objection body) {
        return SupplierView.of(registry.object(id, body.text));
    }

    @GET
    @Path("{id}/objection")
    @RolesAllowed({"SUPPLIER_MANAGER", "SUPPLIER_SIGNATORY", "AUTHORITY", "AUDITOR"})
    @Operation(summary = "The supplier's objection to the current exclusion proceedings or suspension, if any")
    public Response objection(@PathParam("id") long id) {
        kz.kepil.registry.domain.Supplier s = registry.documentsVisibleSupplier(id);
        return Response.ok(java.util.Map.of("objection", s.objection().orElse(""),
                "objectedAt", s.objectedAt().map(Object::toString).orElse(""),
                "objectionDeadline", s.objectionDeadline().map(Object::toString).orElse(""))).build();
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("SUPPLIER_SIGNATORY")
    @Operation(summary = "Ask to leave the registry")
    public SupplierView withdraw(@PathParam("id") long id, @Valid Withdrawal body) {
        return SupplierView.of(registry.requestWithdrawal(id, body == null ? null : body.reason));
    }
}
