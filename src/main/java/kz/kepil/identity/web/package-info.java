/**
 * The signed-in person as the Faces pages show them: their name, roles and workspace in the header,
 * and what the EDS sign-in page needs from its request. Signing itself happens in the browser; the
 * server's side of sign-in lives with the signing context.
 */
package kz.kepil.identity.web;
