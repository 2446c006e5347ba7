package kz.kepil.platform.testing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kepil.notification.application.Notice;
import kz.kepil.notification.application.NoticeType;
import kz.kepil.shared.error.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Map;

/**
 * Sends a notice as another context's use case would, on test and demo portals only (404 elsewhere):
 * the notification tests need notices before entitlements and orders send any.
 */
@Path("platform/notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform")
@SecurityRequirement(name = "bearer")
public class TestNoticeResource {

    /** A notice to send, with the fields of {@link Notice}. */
    public static class TestNotice {
        public NoticeType type;
        public String iin;
        public String fullName;
        public LocalDate birthDate;
        public Long supplierId;
        public String phone;
        public String caseNumber;
        public String service;
        public String specialist;
        public Map<String, String> params;
    }

    /** The notice sent. */
    public record SentNotice(long id) {
    }

    @Inject
    TestNotices notices;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("AUTHORITY")
    @Operation(summary = "Send a notice (test and demo portals only)")
    public Response send(TestNotice body) {
        notices.requireTestPortal();
        if (body == null || body.type == null) {
            throw DomainException.invalid("VALIDATION_FAILED", "type is required");
        }
        long id = notices.send(new Notice(body.type, body.iin, body.fullName, body.birthDate, body.supplierId, body.phone,
                body.caseNumber, body.service, body.specialist, body.params));
        return Response.status(201).entity(new SentNotice(id)).build();
    }
}
