package app.nestegg.cli;

/** The interactive terminal that secrets are asked on, without echo. */
@FunctionalInterface
interface Terminal {

    /** Shows {@code prompt} and reads one line without echoing it; null at the end of input. The caller wipes it. */
    char[] readSecret(String prompt);
}
