package kz.kepil.signing.domain;

/**
 * Every person holds two keys: one to sign in with (client authentication) and one to sign documents
 * with (non-repudiation). Each act accepts only the key meant for it.
 */
public enum KeyPurpose {
    AUTHENTICATION,
    SIGNING
}
