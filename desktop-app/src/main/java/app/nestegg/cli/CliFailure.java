package app.nestegg.cli;

/** A failure the command line itself detects (a missing option, an unreadable file), with its exit code. */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliFailure usage(String message) {
        return new CliFailure(ExitCodes.USAGE, message);
    }

    static CliFailure badInputFile(String message) {
        return new CliFailure(ExitCodes.BAD_INPUT_FILE, message);
    }

    static CliFailure failure(String message) {
        return new CliFailure(ExitCodes.FAILURE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
