package kz.kepil.signing.infrastructure.pki;

import kz.kepil.signing.infrastructure.pki.Arguments.UsageException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * {@code kepil sign}: signs the exact bytes of a file (or of standard input) with a PKCS#12 key file and
 * prints the detached CMS signature in base64, ready for a {@code {"cms": …}} request body.
 */
public final class SignCommand {

    static final String USAGE = """
            usage: kepil sign --p12 FILE --password PW --in FILE|-
              prints the base64 DER detached CMS signature of the input's bytes ("-" reads standard input)
            """;

    private final InputStream in;
    private final PrintStream out;

    SignCommand(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new SignCommand(System.in, System.out).run(args, System.err));
    }

    /** The process exit status: 0 signed, 2 a wrong command line, key file or password, 1 anything else. */
    int run(String[] args, PrintStream err) {
        try {
            Arguments arguments = Arguments.parse(Arrays.asList(args), Set.of("p12", "password", "in"));
            KeyAndChain key = Pkcs12.load(Path.of(arguments.required("p12")),
                    arguments.required("password").toCharArray());
            String input = arguments.required("in");
            byte[] content = input.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(input));
            out.println(Base64.getEncoder().encodeToString(new CmsSigner().signDetached(key, content)));
            return 0;
        } catch (UsageException e) {
            err.println("kepil sign: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("kepil sign: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("kepil sign: cannot read the input: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("kepil sign: failed: " + e);
            return 1;
        }
    }
}
