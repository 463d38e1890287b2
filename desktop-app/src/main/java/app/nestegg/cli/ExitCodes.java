package app.nestegg.cli;

import app.nestegg.sync.plaid.PlaidLinkException;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.vault.BadInputException;
import app.nestegg.vault.InvalidCodeException;
import app.nestegg.vault.LockedOutException;
import app.nestegg.vault.SecondFactorRequiredException;
import app.nestegg.vault.VaultException;
import app.nestegg.vault.WeakPassphraseException;
import app.nestegg.vault.WrongCredentialsException;
import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.export.ExportException;
import app.nestegg.vault.household.MemberCardException;
import app.nestegg.vault.household.MembershipException;
import app.nestegg.vault.household.bundle.BundleRejectedException;
import app.nestegg.vault.household.merge.MergeRefusedException;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.invest.PriceFileException;

/**
 * The exit codes of every command, and which failure leads to which. The usage help's footer lists the same table
 * (key {@code nest-egg.usage.footer} in {@code messages.properties}).
 */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int WRONG_CREDENTIALS = 3;
    static final int LOCKED_OUT = 4;
    static final int BAD_INPUT_FILE = 5;
    /** A bank connection failed: the provider refused a call, a sync failed, or linking did not finish. */
    static final int BANK = 6;

    private ExitCodes() {}

    /** A wrong or missing export passphrase is a wrong credential; a refused file is bad input; a full vault fails. */
    private static int of(ExportException.Reason reason) {
        return switch (reason) {
            case WRONG_PASSPHRASE, PASSPHRASE_NEEDED -> WRONG_CREDENTIALS;
            case VAULT_NOT_EMPTY -> FAILURE;
            case NOT_AN_EXPORT, TAMPERED, UNSUPPORTED, TOO_LARGE, UNREADABLE -> BAD_INPUT_FILE;
        };
    }

    /**
     * Wrong or missing secrets exit 3 and a lockout 4. Input of the wrong form (a malformed recovery key, a passphrase
     * too weak to accept, ledger input the ledger refuses) is a usage error, 2: the same command with other input can
     * succeed. A provider's refusal and a bank link that did not finish are 6. Every other vault failure
     * (not found, already exists, damaged, disk full, unsafe, terms not accepted, wrong state) and anything
     * unexpected is 1.
     */
    static int of(Throwable failure) {
        return switch (failure) {
            case CliFailure cli -> cli.exitCode();
            case WrongCredentialsException wrong -> WRONG_CREDENTIALS;
            case InvalidCodeException invalid -> WRONG_CREDENTIALS;
            case SecondFactorRequiredException missing -> WRONG_CREDENTIALS;
            case LockedOutException locked -> LOCKED_OUT;
            case BadInputException bad -> USAGE;
            case LedgerInputException input -> USAGE;
            case MembershipException membership -> USAGE;
            case MemberCardException card -> BAD_INPUT_FILE;
            case BundleRejectedException bundle -> BAD_INPUT_FILE;
            case MergeRefusedException merge -> BAD_INPUT_FILE;
            case ImportException file -> BAD_INPUT_FILE;
            case PriceFileException prices -> BAD_INPUT_FILE;
            case ProviderException provider -> BANK;
            case PlaidLinkException link -> BANK;
            case WeakPassphraseException weak -> USAGE;
            case ExportException export -> of(export.reason());
            case VaultException other -> FAILURE;
            default -> FAILURE;
        };
    }
}
