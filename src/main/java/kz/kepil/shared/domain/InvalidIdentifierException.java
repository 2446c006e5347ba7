package kz.kepil.shared.domain;

/**
 * Raised when a string is offered as an IIN or BIN and is not one. The {@link #code()} is stable so the REST
 * layer can map it to a problem response without parsing the message.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    public static final String IIN_INVALID = "IIN_INVALID";
    public static final String BIN_INVALID = "BIN_INVALID";

    private static final long serialVersionUID = 1L;

    private final String code;

    public InvalidIdentifierException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
