/**
 * The test PKI: a simulation of the national certification authority for development and tests, with a
 * root, an RSA and a GOST issuing authority, Kazakh-profile certificates, revocation lists, PKCS#12 key
 * files and a CMS signer, plus the command-line tools that generate the demo identities and sign with them.
 * Nothing here is ever trusted in production; the portal only verifies.
 */
package kz.kepil.signing.infrastructure.pki;
