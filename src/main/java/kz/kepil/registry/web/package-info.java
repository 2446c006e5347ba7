/**
 * The registry's Faces pages: the public list of suppliers with each one's signed history, the
 * supplier's public offer contract to sign, its documents, its standing (objection to exclusion
 * proceedings or to a suspension by the portal, request to leave), and the authorised body's decisions to draft and sign. Signing
 * happens in the browser against the registry's REST API; the beans call the same use cases.
 */
package kz.kepil.registry.web;
