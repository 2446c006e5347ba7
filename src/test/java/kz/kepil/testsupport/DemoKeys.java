package kz.kepil.testsupport;

import kz.kepil.signing.infrastructure.pki.CmsSigner;
import kz.kepil.signing.infrastructure.pki.KeyAndChain;
import kz.kepil.signing.infrastructure.pki.Pkcs12;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/** The committed demo and test key files of the test PKI ({@code certs/}), for signing in tests. */
public final class DemoKeys {

    public static final String PASSWORD = "kepil-demo";
    public static final Path CERTS = Path.of(System.getProperty("kepil.certs", "certs"));

    private DemoKeys() {
    }

    /** {@code certs/demo/<login>-<auth|sign>.p12}. */
    public static KeyAndChain demo(String login, String purpose) {
        return Pkcs12.load(CERTS.resolve("demo").resolve(login + "-" + purpose + ".p12"), PASSWORD.toCharArray());
    }

    /** {@code certs/test/<name>.p12}: the revoked, expired and unknown-authority certificates. */
    public static KeyAndChain test(String name) {
        return Pkcs12.load(CERTS.resolve("test").resolve(name + ".p12"), PASSWORD.toCharArray());
    }

    /** Base64 of a detached CMS over the UTF-8 bytes of {@code text}, as a client sends it. */
    public static String sign(KeyAndChain key, String text) {
        return Base64.getEncoder().encodeToString(new CmsSigner().signDetached(key, text.getBytes(StandardCharsets.UTF_8)));
    }
}
