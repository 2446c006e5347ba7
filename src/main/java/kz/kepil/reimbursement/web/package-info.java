/**
 * The finance pages of the akimat workspace: the budget and its ledger, claims with their checks, payment
 * registers built, approved with the approver's EDS in the browser, and paid; auditors read them all.
 */
package kz.kepil.reimbursement.web;
