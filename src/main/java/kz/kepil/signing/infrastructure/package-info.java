/**
 * BouncyCastle lives here and nowhere else: CMS verification, certificate paths, revocation lists,
 * and the trust material the portal is configured with.
 */
package kz.kepil.signing.infrastructure;
