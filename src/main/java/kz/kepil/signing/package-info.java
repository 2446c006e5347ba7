/**
 * Electronic digital signatures: the simulated certification authority, canonical documents, CMS
 * signing and verification with its stored evidence, and sign-in with an EDS certificate.
 */
package kz.kepil.signing;
