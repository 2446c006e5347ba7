package kz.kepil.signing.infrastructure.pki;

import kz.kepil.shared.domain.Iin;

import java.util.Objects;
import java.util.Optional;

/**
 * Whom a certificate is issued to, as the Kazakh profile names them: the IIN, the name, and for
 * organisation staff the organisation, its BIN and the holder's authority in it. A system (such as
 * E-Sobes) is named by its common name alone, under the IIN of the person responsible for it.
 */
public final class CertificateHolder {

    private final Iin iin;
    private final String commonName;
    private final String surname;
    private final String givenName;
    private final StaffMembership staff;

    private CertificateHolder(Iin iin, String commonName, String surname, String givenName, StaffMembership staff) {
        this.iin = Objects.requireNonNull(iin, "iin");
        this.commonName = requireText(commonName, "common name");
        this.surname = surname == null ? null : surname.strip();
        this.givenName = givenName == null ? null : givenName.strip();
        this.staff = staff;
    }

    /** A private person: EKU "individual". */
    public static CertificateHolder individual(Iin iin, String surname, String givenName) {
        return new CertificateHolder(iin, commonName(surname, givenName), surname, givenName, null);
    }

    /** A person acting for an organisation: EKU "organisation" plus their role. */
    public static CertificateHolder staff(Iin iin, String surname, String givenName, StaffMembership membership) {
        return new CertificateHolder(iin, commonName(surname, givenName), surname, givenName,
                Objects.requireNonNull(membership, "membership"));
    }

    /** An information system's certificate, issued to its organisation. */
    public static CertificateHolder system(Iin iin, String commonName, StaffMembership membership) {
        return new CertificateHolder(iin, commonName, null, null, Objects.requireNonNull(membership, "membership"));
    }

    public Iin iin() {
        return iin;
    }

    /** The surname and given name separated by a space, or a system's name. */
    public String commonName() {
        return commonName;
    }

    public Optional<String> surname() {
        return Optional.ofNullable(surname);
    }

    public Optional<String> givenName() {
        return Optional.ofNullable(givenName);
    }

    /** Empty for a private individual. */
    public Optional<StaffMembership> staff() {
        return Optional.ofNullable(staff);
    }

    private static String commonName(String surname, String givenName) {
        return requireText(surname, "surname") + " " + requireText(givenName, "given name");
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a certificate holder needs a " + what);
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return commonName + " (IIN " + iin + staff().map(s -> ", BIN " + s.bin() + ", " + s.role()).orElse("") + ")";
    }
}
