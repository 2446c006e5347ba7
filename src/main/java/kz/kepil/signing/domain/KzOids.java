package kz.kepil.signing.domain;

/**
 * Object identifiers of the Kazakh certificate profiles. Extended key usage marks who holds a
 * certificate: a private person, or an organisation's staff member together with their role in it.
 */
public final class KzOids {

    private KzOids() {
    }

    /** The holder is a private individual. */
    public static final String INDIVIDUAL = "1.2.398.3.3.4.1.1";
    /** The holder acts for an organisation (legal entity). */
    public static final String ORGANISATION = "1.2.398.3.3.4.1.2";
    /** Inside an organisation: its first head (CEO), who may sign anything for it. */
    public static final String CEO = "1.2.398.3.3.4.1.2.1";
    /** Inside an organisation: a person who may sign for it. */
    public static final String MAY_SIGN = "1.2.398.3.3.4.1.2.2";
    /** Inside an organisation: a person who may sign financial documents. */
    public static final String MAY_SIGN_FINANCIAL = "1.2.398.3.3.4.1.2.3";
    /** Inside an organisation: an employee without signing authority. */
    public static final String EMPLOYEE = "1.2.398.3.3.4.1.2.5";

    /** TLS web client authentication: the key used to sign in. */
    public static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
}
