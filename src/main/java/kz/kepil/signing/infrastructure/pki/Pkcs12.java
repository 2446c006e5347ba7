package kz.kepil.signing.infrastructure.pki;

import kz.kepil.signing.infrastructure.Bouncy;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * PKCS#12 key files as the national authority hands them out: one private key with its certificate chain,
 * protected by a password.
 *
 * <p>Files are written in the modern form (PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC for the key and the
 * certificates, an HMAC-SHA256 integrity MAC), which the JDK, OpenSSL 3 and browser PKCS#12 libraries all
 * read; the legacy RC2/3DES form is refused by OpenSSL 3 without its legacy provider.
 */
public final class Pkcs12 {

    /** Low enough that a browser derives the keys in well under a second, as high as that allows. */
    private static final int ITERATIONS = 10_000;

    private Pkcs12() {
    }

    /** Reads the first private key in the file and its chain (the holder's certificate first). */
    public static KeyAndChain load(Path file, char[] password) {
        try {
            return read(Files.readAllBytes(file), password);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #load}, from the bytes of a PKCS#12 file; reads RSA and GOST keys alike. */
    public static KeyAndChain read(byte[] pkcs12, char[] password) {
        try (InputStream in = new ByteArrayInputStream(pkcs12)) {
            KeyStore store = KeyStore.getInstance("PKCS12", Bouncy.PROVIDER);
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                    List<X509Certificate> certificates = new ArrayList<>();
                    for (Certificate certificate : chain) {
                        certificates.add((X509Certificate) certificate);
                    }
                    return new KeyAndChain(privateKey, certificates);
                }
            }
            throw new IllegalArgumentException("the PKCS#12 file holds no private key with a certificate");
        } catch (IOException e) {
            throw new IllegalArgumentException("not a PKCS#12 file, or a wrong password: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the PKCS#12 file: " + e.getMessage(), e);
        }
    }

    /**
     * Encodes the key and chain as a PKCS#12 file (DER).
     *
     * @param friendlyName the alias tools show for the key, e.g. the login name
     */
    public static byte[] encode(KeyAndChain keyAndChain, String friendlyName, char[] password) {
        try {
            X509Certificate holderCertificate = keyAndChain.certificate();
            SubjectKeyIdentifier localKeyId = new JcaX509ExtensionUtils()
                    .createSubjectKeyIdentifier(holderCertificate.getPublicKey());
            DERBMPString name = new DERBMPString(friendlyName);

            List<PKCS12SafeBag> certificateBags = new ArrayList<>();
            for (X509Certificate certificate : keyAndChain.chain()) {
                PKCS12SafeBagBuilder bag = new JcaPKCS12SafeBagBuilder(certificate);
                if (certificate == holderCertificate) {
                    bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, name);
                    bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);
                }
                certificateBags.add(bag.build());
            }
            PKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(keyAndChain.privateKey(), encryptor(password));
            keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, name);
            keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);

            PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
            pfx.addEncryptedData(encryptor(password), certificateBags.toArray(PKCS12SafeBag[]::new));
            pfx.addData(keyBag.build());
            return pfx.build(new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                            .setProvider(Bouncy.PROVIDER).setIterationCount(ITERATIONS), password)
                    .getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | IOException | OperatorCreationException | PKCSException e) {
            throw new IllegalStateException("cannot encode a PKCS#12 file", e);
        }
    }

    /** Writes {@link #encode} to {@code file}, creating its directory. */
    public static void write(Path file, KeyAndChain keyAndChain, String friendlyName, char[] password) {
        byte[] encoded = encode(keyAndChain, friendlyName, password);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(file, encoded);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }

    /** A fresh salt and IV for each encrypted part. */
    private static OutputEncryptor encryptor(char[] password) throws OperatorCreationException {
        return new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                .setProvider(Bouncy.PROVIDER)
                .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
                .setIterationCount(ITERATIONS)
                .build(password);
    }
}
