package app.nestegg.cli;

/** The nest-egg command line. */
public final class NestEggCli {

    private NestEggCli() {}

    /** Runs one command and returns its exit code (0 ok, 1 failure, 2 usage, 3 wrong credentials, 4 locked out). */
    public static int run(String[] args) {
        return 2;
    }
}
