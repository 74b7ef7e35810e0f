package vn.motcua.cli;

/** Bad command-line input detected by the CLI itself (unreadable file, malformed JSON, missing option). */
final class UserInputException extends RuntimeException {
    UserInputException(String message) {
        super(message);
    }
}
