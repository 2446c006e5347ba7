/** The entitlement use cases: receiving measures from E-Sobes, the queue, the selection deadlines. */
package kz.kepil.entitlement.application;
