/**
 * Who is who: user accounts identified by IIN, the roles of the public API granted to them (scoped to
 * a supplier or an akimat where the role needs it), legal representatives and proxies acting for a
 * beneficiary, and the bearer sessions that authenticate API calls.
 */
package kz.kepil.identity;
