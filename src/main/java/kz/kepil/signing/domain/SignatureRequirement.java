package kz.kepil.signing.domain;

import java.util.Set;

/**
 * What an act demands of its signature: which key, which person (IIN) or organisation (BIN) must
 * sign, and which holder roles qualify (any one of them). A null IIN or BIN means "anyone".
 */
public record SignatureRequirement(KeyPurpose purpose, String iin, String bin, Set<HolderRole> anyOfRoles) {

    public SignatureRequirement {
        anyOfRoles = Set.copyOf(anyOfRoles);
    }

    /** Signing in: the authentication key of whoever holds it. */
    public static SignatureRequirement signIn() {
        return new SignatureRequirement(KeyPurpose.AUTHENTICATION, null, null, Set.of());
    }

    /** A document signed by anybody with a signing key: what public verification checks. */
    public static SignatureRequirement anySigner() {
        return new SignatureRequirement(KeyPurpose.SIGNING, null, null, Set.of());
    }

    /** A private person's own act, e.g. a beneficiary's order. */
    public static SignatureRequirement person(String iin) {
        return new SignatureRequirement(KeyPurpose.SIGNING, iin, null, Set.of());
    }

    /** An organisation's act: signed by its head or someone authorised to sign for it. */
    public static SignatureRequirement organisation(String bin) {
        return new SignatureRequirement(KeyPurpose.SIGNING, null, bin, Set.of(HolderRole.CEO, HolderRole.MAY_SIGN));
    }

    /** A financial document of an organisation (payment registers). */
    public static SignatureRequirement financial(String iin, String bin) {
        return new SignatureRequirement(KeyPurpose.SIGNING, iin, bin, Set.of(HolderRole.MAY_SIGN_FINANCIAL, HolderRole.CEO));
    }
}
