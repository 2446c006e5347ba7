/**
 * Reimbursement of guaranteed sums: claims with their checks, payment registers built by one finance
 * officer and approved by another, akimat budgets that are never overspent, bank payment files, and the finance reports: the register as a
 * signed PDF, spreadsheet exports and the dashboard.
 */
package kz.kepil.reimbursement;
