/**
 * Reimbursement of guaranteed sums: claims with their checks, payment registers built by one finance
 * officer and approved by another, akimat budgets that are never overspent, and bank payment files.
 */
package kz.kepil.reimbursement;
