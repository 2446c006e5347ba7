/** The reimbursement REST resources: budgets, claims, payment registers and their files. */
package kz.kepil.reimbursement.api;
