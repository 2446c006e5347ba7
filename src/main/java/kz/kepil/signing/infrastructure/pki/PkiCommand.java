package kz.kepil.signing.infrastructure.pki;

import kz.kepil.shared.domain.Bin;
import kz.kepil.shared.domain.Iin;
import kz.kepil.signing.infrastructure.pki.Arguments.UsageException;
import kz.kepil.signing.infrastructure.pki.CertificateAuthority.Revocation;

import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code kepil pki}: generates the test PKI, issues key files to anyone from its authorities, and revokes
 * certificates. Paths default to the project's {@code certs/} directory (the {@code kepil.home} system
 * property, which {@code bin/kepil} sets, or else the working directory).
 */
public final class PkiCommand {

    static final String USAGE = """
            usage: kepil pki generate [--dir DIR]
                   kepil pki issue --iin IIN --surname SURNAME --given GIVEN_NAME
                                   [--org NAME --bin BIN --role ceo|sign|finance|employee]
                                   [--algorithm rsa|gost] --out FILE.p12 [--password PW]
                                   [--valid-days N] [--ca-dir DIR]
                   kepil pki revoke --serial HEX [--ca rsa|gost] [--reason REASON] [--dir DIR]

              generate  new keys for the whole test PKI: DIR/ca, DIR/demo, DIR/test (DIR defaults to certs)
              issue     an authentication and a signing key file, FILE-auth.p12 and FILE-sign.p12,
                        from the test authorities in DIR/ca (password defaults to kepil-demo,
                        validity to 1825 days)
              revoke    adds the serial to the issuing authority's CRL (DIR/ca/rsa-ca.crl by default);
                        REASON is e.g. key-compromise (default), superseded, cessation-of-operation
            """;

    private static final int DEFAULT_VALID_DAYS = 1825;

    private final Clock clock;
    private final PrintStream out;

    PkiCommand(Clock clock, PrintStream out) {
        this.clock = clock;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new PkiCommand(Clock.systemUTC(), System.out).run(args, System.err));
    }

    /** The process exit status: 0 done, 2 a wrong command line or value, 1 anything else. */
    int run(String[] args, PrintStream err) {
        try {
            if (args.length == 0) {
                throw new UsageException("which command?");
            }
            List<String> options = Arrays.asList(args).subList(1, args.length);
            switch (args[0]) {
                case "generate" -> generate(Arguments.parse(options, Set.of("dir")));
                case "issue" -> issue(Arguments.parse(options, Set.of("iin", "surname", "given", "org", "bin", "role",
                        "algorithm", "out", "password", "valid-days", "ca-dir")));
                case "revoke" -> revoke(Arguments.parse(options, Set.of("serial", "ca", "reason", "dir")));
                case "help", "--help", "-h" -> out.print(USAGE);
                default -> throw new UsageException("unknown command " + args[0]);
            }
            return 0;
        } catch (UsageException e) {
            err.println("kepil pki: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("kepil pki: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("kepil pki: failed: " + e);
            return 1;
        }
    }

    private void generate(Arguments arguments) {
        Path dir = arguments.optional("dir").map(Path::of).orElseGet(PkiCommand::defaultCertsDir);
        for (String line : TestPkiGenerator.generate(dir, now())) {
            out.println(line);
        }
    }

    private void issue(Arguments arguments) {
        Iin iin = Iin.of(arguments.required("iin"));
        String surname = arguments.required("surname");
        String given = arguments.required("given");
        CertificateHolder holder;
        if (arguments.has("org")) {
            holder = CertificateHolder.staff(iin, surname, given, new StaffMembership(arguments.required("org"),
                    Bin.of(arguments.required("bin")), OrganisationRole.fromOption(arguments.required("role"))));
        } else if (arguments.has("bin") || arguments.has("role")) {
            throw new UsageException("--bin and --role go with --org");
        } else {
            holder = CertificateHolder.individual(iin, surname, given);
        }
        KeyAlgorithm algorithm = KeyAlgorithm.fromOption(arguments.optional("algorithm").orElse("rsa"));
        int days = arguments.optional("valid-days").map(PkiCommand::positiveInt).orElse(DEFAULT_VALID_DAYS);
        String base = stripP12(arguments.required("out"));
        Path baseFile = Path.of(base);
        Path caDir = arguments.optional("ca-dir").map(Path::of).orElseGet(() -> defaultCertsDir().resolve("ca"));
        char[] password = arguments.optional("password").orElse(DemoIdentities.PASSWORD).toCharArray();

        Instant now = now();
        TestCertificationAuthority pki = TestCertificationAuthority.load(caDir,
                TestCertificationAuthority.CA_PASSWORD.toCharArray());
        PersonalKeys keys = pki.issue(holder, algorithm, now.minus(TestPkiGenerator.BACKDATING),
                now.plus(Duration.ofDays(days)));
        List<String> written = new ArrayList<>();
        Path dir = baseFile.toAbsolutePath().getParent();
        TestPkiGenerator.write(dir, baseFile.getFileName().toString(), keys, password, written);
        written.forEach(out::println);
    }

    private void revoke(Arguments arguments) {
        BigInteger serial;
        try {
            serial = new BigInteger(arguments.required("serial").replace(":", ""), 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--serial must be hexadecimal, got: " + arguments.required("serial"));
        }
        KeyAlgorithm issuer = KeyAlgorithm.fromOption(arguments.optional("ca").orElse("rsa"));
        CRLReason reason = reason(arguments.optional("reason").orElse("key-compromise"));
        Path caDir = arguments.optional("dir").map(Path::of).orElseGet(PkiCommand::defaultCertsDir).resolve("ca");

        Instant now = now();
        CertificateAuthority authority = TestCertificationAuthority.load(caDir,
                TestCertificationAuthority.CA_PASSWORD.toCharArray()).issuer(issuer);
        Path crlFile = TestCertificationAuthority.crlFile(caDir, issuer);
        X509CRL next = authority.withRevocation(Pem.readCrl(crlFile), new Revocation(serial, now, reason), now,
                TestPkiGenerator.plus(now, TestPkiGenerator.CRL_VALIDITY));
        TestCertificationAuthority.saveCrl(caDir, issuer, next);
        out.println(crlFile + "  now lists " + next.getRevokedCertificates().size() + " certificate(s), serial "
                + serial.toString(16) + " revoked (" + reason + ")");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    static Path defaultCertsDir() {
        String home = System.getProperty("kepil.home");
        return home == null ? Path.of("certs") : Path.of(home, "certs");
    }

    private static String stripP12(String out) {
        return out.toLowerCase(Locale.ROOT).endsWith(".p12") ? out.substring(0, out.length() - 4) : out;
    }

    private static int positiveInt(String value) {
        if (!value.matches("[1-9][0-9]{0,5}")) {
            throw new IllegalArgumentException("--valid-days must be a positive number of days, got: " + value);
        }
        return Integer.parseInt(value);
    }

    private static CRLReason reason(String value) {
        String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(CRLReason.values()).filter(r -> r != CRLReason.UNUSED && r.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown revocation reason " + value));
    }
}
