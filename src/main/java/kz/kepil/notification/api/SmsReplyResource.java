package kz.kepil.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.notification.application.SmsReplies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** The SMS gateway posts the replies people send to the portal's questions. */
@Path("notifications/sms/replies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
@SecurityRequirement(name = "bearer")
@RolesAllowed("SMS_GATEWAY")
public class SmsReplyResource {

    /** An SMS the gateway received. */
    public static class ReplyRequest {
        @NotBlank
        @Size(max = 30)
        public String phone;
        @NotBlank
        @Size(max = 500)
        public String text;
        /** When the gateway received it; now when absent. */
        public Instant receivedAt;
    }

    /** What the reply answered. */
    public record ReplyView(long smsId, String type, String caseNumber, String answer) {
    }

    @Inject
    SmsReplies replies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A reply received by the gateway: 1 (yes) or 2 (no) and the question's code. 404 "
            + "SMS_REPLY_UNMATCHED, 422 REPLY_NOT_UNDERSTOOD or REPLY_CODE_REQUIRED, 409 when the question was decided")
    public ReplyView reply(@NotNull @Valid ReplyRequest b) {
        SmsReplies.Received r = replies.receive(b.phone, b.text, b.receivedAt);
        return new ReplyView(r.smsId(), r.type().name(), r.caseNumber(), r.answer().name());
    }
}
