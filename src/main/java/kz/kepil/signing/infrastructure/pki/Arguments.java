package kz.kepil.signing.infrastructure.pki;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options of the command-line tools; every option takes a value. */
final class Arguments {

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    static Arguments parse(List<String> args, Set<String> allowed) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            if (i + 1 >= args.size()) {
                throw new UsageException("--" + name + " needs a value");
            }
            if (values.put(name, args.get(++i)) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        return new Arguments(values);
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** A wrong command line: the tool prints the message and its usage. */
    static final class UsageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
