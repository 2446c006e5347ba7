/**
 * The reimbursement model: akimat budgets and their ledger, claims with their checks, payment
 * registers and their lines. No JAX-RS, no Faces.
 */
package kz.kepil.reimbursement.domain;
