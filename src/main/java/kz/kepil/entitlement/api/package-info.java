/** The E-Sobes integration and the beneficiaries' and akimats' views of entitlements. */
package kz.kepil.entitlement.api;
