package kz.kepil.signing.infrastructure.pki;

import kz.kepil.signing.infrastructure.Bouncy;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilderProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.INDIVIDUAL;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.NOT_AFTER;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.NOT_BEFORE;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.issue;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.pki;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Pkcs12Test {

    private static final char[] PASSWORD = "kepil-demo".toCharArray();

    @Test
    void keyAndCertificatesAreEncryptedWithPbes2Aes256AndTheFileHasASha256Mac() throws Exception {
        PKCS12PfxPdu pfx = new PKCS12PfxPdu(
                Pkcs12.encode(issue(INDIVIDUAL, CertificatePurpose.SIGNING), "beneficiary1-sign", PASSWORD));

        assertThat(pfx.hasMac()).isTrue();
        assertThat(pfx.getMacAlgorithmID().getAlgorithm()).isEqualTo(NISTObjectIdentifiers.id_sha256);
        assertThat(pfx.isMacValid(new JcePKCS12MacCalculatorBuilderProvider().setProvider(Bouncy.PROVIDER), PASSWORD))
                .isTrue();
        List<AlgorithmIdentifier> encryptions = new ArrayList<>();
        for (ContentInfo part : pfx.getContentInfos()) {
            if (part.getContentType().equals(PKCSObjectIdentifiers.encryptedData)) {
                encryptions.add(EncryptedData.getInstance(part.getContent()).getEncryptionAlgorithm());
            } else {
                for (PKCS12SafeBag bag : new PKCS12SafeBagFactory(part).getSafeBags()) {
                    assertThat(bag.getType()).isEqualTo(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag);
                    encryptions.add(((PKCS8EncryptedPrivateKeyInfo) bag.getBagValue()).getEncryptionAlgorithm());
                }
            }
        }
        assertThat(encryptions).hasSize(2).allSatisfy(algorithm -> {
            assertThat(algorithm.getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.id_PBES2);
            PBES2Parameters parameters = PBES2Parameters.getInstance(algorithm.getParameters());
            assertThat(parameters.getEncryptionScheme().getAlgorithm()).isEqualTo(NISTObjectIdentifiers.id_aes256_CBC);
            assertThat(PBKDF2Params.getInstance(parameters.getKeyDerivationFunc().getParameters()).getPrf().getAlgorithm())
                    .isEqualTo(PKCSObjectIdentifiers.id_hmacWithSHA256);
        });
    }

    @Test
    void rsaKeyFileOpensWithTheJdkKeyStoreUnderItsFriendlyNameWithTheWholeChain() throws Exception {
        KeyAndChain key = issue(INDIVIDUAL, CertificatePurpose.AUTHENTICATION);

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(Pkcs12.encode(key, "beneficiary1-auth", PASSWORD)), PASSWORD);

        assertThat(Collections.list(store.aliases())).containsExactly("beneficiary1-auth");
        assertThat(store.getKey("beneficiary1-auth", PASSWORD).getEncoded()).isEqualTo(key.privateKey().getEncoded());
        Certificate[] chain = store.getCertificateChain("beneficiary1-auth");
        assertThat(chain).containsExactly(key.chain().toArray(Certificate[]::new));
    }

    @Test
    void gostKeyFileReadsBackWithKeyAndChainInOrder(@TempDir Path dir) {
        KeyAndChain key = pki().gost().issue(INDIVIDUAL, CertificatePurpose.SIGNING, NOT_BEFORE, NOT_AFTER);
        Path file = dir.resolve("gost-sign.p12");

        Pkcs12.write(file, key, "gost-sign", PASSWORD);
        KeyAndChain read = Pkcs12.load(file, PASSWORD);

        assertThat(KeyAlgorithm.of(read.privateKey())).isEqualTo(KeyAlgorithm.GOST);
        assertThat(read.privateKey().getEncoded()).isEqualTo(key.privateKey().getEncoded());
        assertThat(read.chain()).containsExactlyElementsOf(key.chain());
    }

    @Test
    void wrongPasswordIsRefused() {
        byte[] file = Pkcs12.encode(issue(INDIVIDUAL, CertificatePurpose.SIGNING), "x", PASSWORD);

        assertThatThrownBy(() -> Pkcs12.read(file, "wrong".toCharArray())).isInstanceOf(IllegalArgumentException.class);
    }
}
