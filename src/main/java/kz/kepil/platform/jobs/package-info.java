/**
 * The scheduler that runs every {@link kz.kepil.platform.jobs.PeriodicJob} of the portal on a timer,
 * and on demand in test portals whose clock can be moved.
 */
package kz.kepil.platform.jobs;
