package kz.kepil.reimbursement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kepil.platform.api.QueryParams;
import kz.kepil.reimbursement.application.Budgets;
import kz.kepil.reimbursement.application.FinanceDashboard;
import kz.kepil.reimbursement.application.FinanceReports;
import kz.kepil.reimbursement.domain.ClaimStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The akimat's finance reports that are not of one register: its claims and registers as spreadsheets, and
 * the dashboard's figures. (The more literal paths of claims and registers live in their own resources.)
 */
@Path("reimbursement")
@RequestScoped
@Tag(name = "reimbursement")
@SecurityRequirement(name = "bearer")
public class FinanceReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    FinanceReports reports;

    @Inject
    FinanceDashboard dashboard;

    @Inject
    Budgets budgets;

    @GET
    @Path("claims.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR"})
    @Operation(summary = "Claims as a spreadsheet, by akimat (the caller's own for finance), status, supplier and the days receipt "
            + "was confirmed (from, to); ?lang=kk|ru|en")
    public Response claims(@QueryParam("akimatCode") String akimatCode, @QueryParam("status") String status,
                           @QueryParam("supplierId") String supplierId, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return Downloads.of(reports.claims(new FinanceReports.ClaimFilter(QueryParams.text(akimatCode),
                QueryParams.enumOf(ClaimStatus.class, status, "status"), QueryParams.id(supplierId, "supplierId"),
                Downloads.day(from, "from"), Downloads.day(to, "to")), Downloads.texts(lang, headers)));
    }

    @GET
    @Path("registers.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR"})
    @Operation(summary = "Payment registers whose period falls in the year (this year by default) as a spreadsheet; ?lang=kk|ru|en")
    public Response registers(@QueryParam("akimatCode") String akimatCode, @QueryParam("year") String year,
                              @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return Downloads.of(reports.registers(QueryParams.text(akimatCode),
                QueryParams.integer(year, "year", budgets.currentYear(), 2000, 2100), Downloads.texts(lang, headers)));
    }

    @GET
    @Path("dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR"})
    @Operation(summary = "The finance dashboard of an akimat for a year: the budget by month, state share and top-up by category, "
            + "supplier response and delivery times (median, 90th percentile)")
    public DashboardView dashboard(@QueryParam("akimatCode") String akimatCode, @QueryParam("year") String year) {
        return DashboardView.of(dashboard.of(QueryParams.text(akimatCode),
                QueryParams.integer(year, "year", budgets.currentYear(), 2000, 2100)));
    }
}
