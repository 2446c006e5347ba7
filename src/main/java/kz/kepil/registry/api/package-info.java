/** The registry's REST resources: the public registry, applications, contracts, decisions, withdrawal. */
package kz.kepil.registry.api;
