package kz.kepil.platform.launcher;

/** A start or stop that cannot go on; the message is shown to the person at the terminal. */
final class LauncherException extends RuntimeException {
    LauncherException(String message) {
        super(message);
    }
}
