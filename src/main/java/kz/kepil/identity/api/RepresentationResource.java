package kz.kepil.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.kepil.identity.application.Representations;
import kz.kepil.identity.domain.Representation;
import kz.kepil.shared.domain.Iin;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** Establishing and revoking legal representatives and proxies. */
@Path("representations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"AKIMAT_SPECIALIST", "BENEFICIARY"})
@Tag(name = "identity")
@SecurityRequirement(name = "bearer")
public class RepresentationResource {

    /**
     * A new representation: who acts for whom, on what footing and document, for how long. (Request
     * bodies are classes with validated fields: the OpenAPI generator cannot read constraints on
     * record components.)
     */
    public static class NewRepresentation {
        @NotBlank
        @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
        public String representativeIin;
        @NotBlank
        @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
        public String beneficiaryIin;
        @NotNull
        public Representation.Kind kind;
        @NotBlank
        @Size(max = 500)
        public String basis;
        public LocalDate validFrom;
        public LocalDate validTo;
    }

    @Inject
    Representations representations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a legal representative (akimat) or give a proxy (the beneficiary)")
    public Response establish(@NotNull @Valid NewRepresentation body, @jakarta.ws.rs.core.Context UriInfo uri) {
        Representation r = representations.establish(Iin.of(body.representativeIin), Iin.of(body.beneficiaryIin),
                body.kind, body.basis, body.validFrom, body.validTo);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id())).build())
                .entity(RepresentationView.of(r)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a representation (the beneficiary or the akimat)")
    public RepresentationView revoke(@PathParam("id") long id) {
        return RepresentationView.of(representations.revoke(id));
    }
}
