package kz.kepil.signing.domain;

import java.time.Instant;

/** Verifies a detached CMS signature over the exact bytes of a document, as of a given moment. */
public interface SignatureVerifier {

    VerificationReport verify(byte[] content, byte[] cms, SignatureRequirement requirement, Instant now);
}
