/**
 * Reference data for geography and payers: the 17 regions and 3 cities of republican significance,
 * and each one's akimat social-protection department, whose code identifies it throughout the portal.
 */
package kz.kepil.shared.region;
