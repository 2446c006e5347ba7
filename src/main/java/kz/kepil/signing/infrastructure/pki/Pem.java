package kz.kepil.signing.infrastructure.pki;

import kz.kepil.signing.infrastructure.Bouncy;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/** PEM files of certificates and revocation lists, the form OpenSSL and the portal's trust store read. */
public final class Pem {

    private Pem() {
    }

    /** The objects (certificates, CRLs) in PEM, one after another. */
    public static String encode(List<?> objects) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode PEM", e);
        }
        return text.toString();
    }

    public static void write(Path file, List<?> objects) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, encode(objects), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The first certificate in a PEM or DER file. */
    public static X509Certificate readCertificate(Path file) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509", Bouncy.PROVIDER)
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(file)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read a certificate from " + file + ": " + e.getMessage(), e);
        }
    }

    /** The revocation list in a PEM or DER file. */
    public static X509CRL readCrl(Path file) {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509", Bouncy.PROVIDER)
                    .generateCRL(new ByteArrayInputStream(Files.readAllBytes(file)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read a CRL from " + file + ": " + e.getMessage(), e);
        }
    }
}
