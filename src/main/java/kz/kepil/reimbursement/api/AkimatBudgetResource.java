package kz.kepil.reimbursement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.kepil.platform.api.QueryParams;
import kz.kepil.reimbursement.application.Budgets;
import kz.kepil.shared.domain.Money;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

/** An akimat's yearly budget: allocated by the authority, read by the akimat's finance staff and auditors. */
@Path("akimats/{code}/budget")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reimbursement")
@SecurityRequirement(name = "bearer")
public class AkimatBudgetResource {

    /** {@code {"allocated"}}: the year's allocation in tenge. */
    public static class Allocation {
        @NotNull
        @DecimalMin("0.00")
        @Digits(integer = 17, fraction = 2)
        public BigDecimal allocated;
    }

    @Inject
    Budgets budgets;

    @GET
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR", "AUTHORITY"})
    @Operation(summary = "The akimat's budget for a year (?year, the current one by default): allocated, committed, spent, available")
    public BudgetView get(@PathParam("code") String code, @QueryParam("year") String year) {
        return BudgetView.of(budgets.read(code, year(year)));
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("AUTHORITY")
    @Operation(summary = "Allocate the akimat's budget for a year (never below what is committed and spent)")
    public BudgetView allocate(@PathParam("code") String code, @PathParam("year") String year, @NotNull @Valid Allocation body) {
        return BudgetView.of(budgets.allocate(code, QueryParams.integer(year, "year", 0, 2000, 2100), Money.of(body.allocated)));
    }

    @GET
    @Path("movements")
    @RolesAllowed({"FINANCE_OFFICER", "FINANCE_APPROVER", "AUDITOR", "AUTHORITY"})
    @Operation(summary = "The budget's ledger for a year, line by line: allocations, reservations, releases, spending")
    public List<BudgetView.Movement> movements(@PathParam("code") String code, @QueryParam("year") String year) {
        return budgets.movements(code, year(year)).stream().map(BudgetView.Movement::of).toList();
    }

    private int year(String year) {
        return QueryParams.integer(year, "year", budgets.currentYear(), 2000, 2100);
    }
}
