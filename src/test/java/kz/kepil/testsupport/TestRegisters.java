package kz.kepil.testsupport;

import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestOrders.Shop;

import java.time.LocalDate;

/** Payment registers of SD-75 as tests build and approve them. */
public final class TestRegisters {

    private TestRegisters() {
    }

    /** The officer builds the register of the shop's ready claims from the day before {@code today} to the day after. */
    public static Reply build(Shop shop, String officerToken, LocalDate today) {
        return Portal.post("/api/v1/reimbursement/registers", """
                {"akimatCode":"SD-75","supplierId":%d,"periodFrom":"%s","periodTo":"%s"}"""
                .formatted(shop.supplier().id(), today.minusDays(1), today.plusDays(1)), officerToken);
    }

    /** The demo finance approver signs the register in and approves it. */
    public static Reply approveAsDemoApprover(long register) {
        return Eds.signDocument("/api/v1/reimbursement/registers/" + register + "/document",
                "/api/v1/reimbursement/registers/" + register + "/approval", DemoKeys.demo("finance-approver", "sign"),
                Eds.signIn(DemoKeys.demo("finance-approver", "auth")));
    }
}
