package kz.kepil.platform.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The public REST API, version 1. Resources and providers are discovered by the runtime. */
@ApplicationPath("/api/v1")
@DeclareRoles({"BENEFICIARY", "REPRESENTATIVE", "SUPPLIER_MANAGER", "SUPPLIER_SIGNATORY", "AKIMAT_SPECIALIST",
        "FINANCE_OFFICER", "FINANCE_APPROVER", "AUTHORITY", "AUDITOR", "ESOBES",
        "SMS_GATEWAY"})
@OpenAPIDefinition(info = @Info(title = "Kepil public API", version = "1",
        description = "The social-services marketplace: registry, catalog, entitlements, orders, reimbursement. "
                + "Every error is application/problem+json with a stable code.",
        license = @License(name = "Apache-2.0")))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class KepilApplication extends Application {
}
