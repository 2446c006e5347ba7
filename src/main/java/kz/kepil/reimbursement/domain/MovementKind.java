package kz.kepil.reimbursement.domain;

/** What moved a budget: the allocation changed, an order reserved, released or spent its state amount. */
public enum MovementKind {
    ALLOCATION, RESERVE, RELEASE, SPEND
}
