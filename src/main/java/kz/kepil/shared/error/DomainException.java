package kz.kepil.shared.error;

import java.util.Objects;

/**
 * A refusal by the domain: a rule violated, a state that does not allow the change, something not
 * found or not allowed. The {@link #code()} is stable and public (API.md): clients branch on it.
 */
public class DomainException extends RuntimeException {

    /** What sort of refusal this is; the REST layer maps it to the HTTP status. */
    public enum Kind {
        /** The request itself is malformed or a value is invalid: 400. */
        INVALID,
        /** Not authenticated: 401. */
        UNAUTHENTICATED,
        /** Authenticated but not allowed: 403. */
        FORBIDDEN,
        /** Not there, or not visible to the caller: 404. */
        NOT_FOUND,
        /** The thing is in a state that does not allow it: 409. */
        CONFLICT,
        /** A business rule forbids it: 422. */
        RULE_VIOLATED
    }

    private final String code;
    private final Kind kind;

    public DomainException(Kind kind, String code, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, "NOT_FOUND", what + " " + id + " was not found");
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message);
    }

    public static DomainException rule(String code, String message) {
        return new DomainException(Kind.RULE_VIOLATED, code, message);
    }

    public static DomainException invalid(String code, String message) {
        return new DomainException(Kind.INVALID, code, message);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(Kind.FORBIDDEN, "FORBIDDEN", message);
    }
}
