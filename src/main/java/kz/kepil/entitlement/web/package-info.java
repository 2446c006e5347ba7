/**
 * The entitlements' Faces view beans: the beneficiary's (or the represented person's) measures with the
 * deadline that binds each and the request to reactivate a blocked selection, and the akimat's queue by
 * status. The rules stay in {@code entitlement.application}; these beans read and show refusals.
 */
package kz.kepil.entitlement.web;
