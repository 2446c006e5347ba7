/**
 * The Jakarta Batch job that builds a large payment register ({@code META-INF/batch-jobs/payment-register-build.xml}):
 * its reader of READY claims (checkpoint: the last claim id), its writer of register lines, the step that sums
 * them, its listeners, and the runtime's JobOperator behind {@link kz.kepil.reimbursement.application.RegisterBuildJobs}.
 */
package kz.kepil.reimbursement.infrastructure.batch;
