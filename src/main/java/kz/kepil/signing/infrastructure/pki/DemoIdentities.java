package kz.kepil.signing.infrastructure.pki;

import kz.kepil.shared.domain.Bin;
import kz.kepil.shared.domain.Iin;

import java.util.List;
import java.util.Objects;

/**
 * The people of the demo data (see {@code sql/demo}) and the holders of the special test certificates, as
 * their certificates name them. IIN, BIN and name must match the demo users exactly, since login matches
 * the certificate's IIN to the account.
 */
public final class DemoIdentities {

    /** The password of every demo and test PKCS#12 file. */
    public static final String PASSWORD = "kepil-demo";

    public static final Bin ESOBES_BIN = Bin.of("050340000009");
    public static final Bin SUPPLIER1_BIN = Bin.of("100440000004");
    public static final Bin SUPPLIER2_BIN = Bin.of("150740000004");
    /** The Almaty city social department (akimat SD-75); a made-up BIN with a valid check digit. */
    public static final Bin AKIMAT_BIN = Bin.of("990340000004");

    public static final String SUPPLIER1_NAME = "\"Мейірім медтехника\" ЖШС";
    public static final String SUPPLIER2_NAME = "\"Санаторий Алатау\" АҚ";
    public static final String AKIMAT_NAME =
            "Алматы қаласы жұмыспен қамту және әлеуметтік бағдарламалар басқармасы";
    public static final String ESOBES_NAME = "E-Sobes";
    /** The SMS gateway's operator; a made-up BIN with a valid check digit. */
    public static final Bin SMS_GATEWAY_BIN = Bin.of("060340000010");
    public static final String SMS_GATEWAY_NAME = "SMS gateway (simulation)";

    /** Revoked for key compromise in the RSA authority's CRL. */
    public static final DemoIdentity REVOKED = new DemoIdentity("revoked",
            CertificateHolder.individual(Iin.of("870101300128"), "Байжанов", "Ержан"));
    /** Valid from 2023-01-01 to 2024-01-01 only. */
    public static final DemoIdentity EXPIRED = new DemoIdentity("expired",
            CertificateHolder.individual(Iin.of("910505400130"), "Ахметова", "Жанар"));
    /** Issued by "Kepil Unknown CA", a root the portal does not trust. */
    public static final DemoIdentity UNKNOWN_CA = new DemoIdentity("unknown-ca",
            CertificateHolder.individual(Iin.of("780303300147"), "Иванов", "Сергей"));

    private static final List<DemoIdentity> USERS = List.of(
            individual("authority", "750512300009", "Сейтқали", "Ерлан"),
            new DemoIdentity("esobes", CertificateHolder.system(Iin.of("700101300005"), "Е-Собес жүйесі",
                    new StaffMembership(ESOBES_NAME, ESOBES_BIN, OrganisationRole.MAY_SIGN))),
            staff("supplier1-ceo", "800315300006", "Нұрланова", "Айгүл", SUPPLIER1_NAME, SUPPLIER1_BIN,
                    OrganisationRole.CEO),
            staff("supplier1-manager", "920721400008", "Омарова", "Дана", SUPPLIER1_NAME, SUPPLIER1_BIN,
                    OrganisationRole.EMPLOYEE),
            staff("supplier2-ceo", "761130300007", "Жақсыбеков", "Бауыржан", SUPPLIER2_NAME, SUPPLIER2_BIN,
                    OrganisationRole.CEO),
            individual("beneficiary1", "850214300001", "Қасымов", "Асан"),
            individual("beneficiary2", "120630600009", "Серікова", "Аружан"),
            individual("representative", "840708400006", "Серікова", "Мадина"),
            staff("akimat-specialist", "880909400009", "Әбенова", "Гүлнар", AKIMAT_NAME, AKIMAT_BIN,
                    OrganisationRole.MAY_SIGN),
            staff("finance-officer", "900101300007", "Тоқтаров", "Нұрлан", AKIMAT_NAME, AKIMAT_BIN,
                    OrganisationRole.MAY_SIGN_FINANCIAL),
            staff("finance-approver", "830422400003", "Жұмабаева", "Сәуле", AKIMAT_NAME, AKIMAT_BIN,
                    OrganisationRole.MAY_SIGN_FINANCIAL),
            individual("auditor", "790909300004", "Есенов", "Марат"),
            new DemoIdentity("sms-gateway", CertificateHolder.system(Iin.of("700101300025"), "SMS шлюзі",
                    new StaffMembership(SMS_GATEWAY_NAME, SMS_GATEWAY_BIN, OrganisationRole.MAY_SIGN))));

    private DemoIdentities() {
    }

    /** Every demo user, each with RSA key files {@code <login>-auth.p12} and {@code <login>-sign.p12}. */
    public static List<DemoIdentity> users() {
        return USERS;
    }

    /** The demo user with this login. */
    public static DemoIdentity user(String login) {
        return USERS.stream().filter(u -> u.login().equals(login)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user " + login));
    }

    private static DemoIdentity individual(String login, String iin, String surname, String givenName) {
        return new DemoIdentity(login, CertificateHolder.individual(Iin.of(iin), surname, givenName));
    }

    private static DemoIdentity staff(String login, String iin, String surname, String givenName,
                                      String organisation, Bin bin, OrganisationRole role) {
        return new DemoIdentity(login, CertificateHolder.staff(Iin.of(iin), surname, givenName,
                new StaffMembership(organisation, bin, role)));
    }

    /** A login name and the holder its certificates are issued to. */
    public record DemoIdentity(String login, CertificateHolder holder) {

        public DemoIdentity {
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(holder, "holder");
        }
    }
}
