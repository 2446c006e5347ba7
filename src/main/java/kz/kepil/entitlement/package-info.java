/**
 * Entitlements: the measures of individual rehabilitation programmes that E-Sobes sends in queue
 * order, the selection window with its reminder and block, and replacement periods.
 */
package kz.kepil.entitlement;
