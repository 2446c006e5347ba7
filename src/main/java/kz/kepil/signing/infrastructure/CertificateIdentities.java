package kz.kepil.signing.infrastructure;

import kz.kepil.signing.domain.HolderRole;
import kz.kepil.signing.domain.SignerIdentity;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads who a Kazakh certificate names: {@code SERIALNUMBER=IIN…}, {@code OU=BIN…}, {@code CN},
 * {@code SURNAME}, {@code G}, {@code O}, and the holder roles from the extended key usage.
 */
public final class CertificateIdentities {

    private CertificateIdentities() {
    }

    public static SignerIdentity of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        String serial = value(subject, BCStyle.SERIALNUMBER);
        String unit = value(subject, BCStyle.OU);
        return new SignerIdentity(
                stripPrefix(serial, "IIN"),
                stripPrefix(unit, "BIN"),
                value(subject, BCStyle.CN),
                value(subject, BCStyle.SURNAME),
                value(subject, BCStyle.GIVENNAME),
                value(subject, BCStyle.O),
                roles(certificate));
    }

    static Set<HolderRole> roles(X509Certificate certificate) {
        Set<HolderRole> roles = EnumSet.noneOf(HolderRole.class);
        try {
            List<String> usages = certificate.getExtendedKeyUsage();
            if (usages != null) {
                usages.forEach(oid -> HolderRole.byOid(oid).ifPresent(roles::add));
            }
        } catch (CertificateParsingException e) {
            // An unreadable extension grants no role.
        }
        return roles;
    }

    /** The subject as people read it: SERIALNUMBER=IIN…, SURNAME=…, not the hex of unnamed attributes. */
    public static String readableSubject(X509Certificate certificate) {
        return X500Name.getInstance(BCStyle.INSTANCE, certificate.getSubjectX500Principal().getEncoded()).toString();
    }

    /** The issuer, likewise. */
    public static String readableIssuer(X509Certificate certificate) {
        return X500Name.getInstance(BCStyle.INSTANCE, certificate.getIssuerX500Principal().getEncoded()).toString();
    }

    private static String value(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return null;
        }
        // The text itself, unescaped: an organisation named «"Мейірім" ЖШС» keeps its quotes as they are.
        ASN1Encodable value = rdns[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value);
    }

    private static String stripPrefix(String value, String prefix) {
        if (value == null || !value.startsWith(prefix)) {
            return null;
        }
        String digits = value.substring(prefix.length());
        return digits.matches("\\d{12}") ? digits : null;
    }
}
