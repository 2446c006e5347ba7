/**
 * Orders for goods and services: the signed order and reimbursement application, the supplier's
 * decision within its deadline, top-ups, delivery acts, receipt, cancellations and returns.
 */
package kz.kepil.ordering;
