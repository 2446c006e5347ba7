/**
 * The registry's Faces pages: the public list of suppliers with each one's signed history, the
 * supplier's public offer contract to sign, and the authorised body's decisions to draft and sign.
 * Signing happens in the browser against the registry's REST API; these beans only read and draft.
 */
package kz.kepil.registry.web;
