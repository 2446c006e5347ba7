/**
 * The registry of suppliers: applying for listing, the public offer contract, the commission's
 * signed decisions, suspension, exclusion and withdrawal. The registry and each supplier's history
 * are public.
 */
package kz.kepil.registry;
