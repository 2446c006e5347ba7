/**
 * The reimbursement use cases: budgets allocated, reserved, released and spent as orders move (observed
 * in the ordering transaction), claims and their checks, payment registers, payments.
 */
package kz.kepil.reimbursement.application;
