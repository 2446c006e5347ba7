/**
 * The entitlement use cases: receiving measures from E-Sobes, consent to a replacement (asked by SMS,
 * answered by SMS, in the cabinet or by silence), the queue, the selection deadlines.
 */
package kz.kepil.entitlement.application;
