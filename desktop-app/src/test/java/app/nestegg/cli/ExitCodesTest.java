package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.plaid.PlaidLinkException;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.vault.BadInputException;
import app.nestegg.vault.DiskFullException;
import app.nestegg.vault.InvalidCodeException;
import app.nestegg.vault.LockedOutException;
import app.nestegg.vault.SecondFactorRequiredException;
import app.nestegg.vault.TermsNotAcceptedException;
import app.nestegg.vault.UnsafeVaultException;
import app.nestegg.vault.VaultAlreadyExistsException;
import app.nestegg.vault.VaultDamagedException;
import app.nestegg.vault.VaultNotFoundException;
import app.nestegg.vault.VaultStateException;
import app.nestegg.vault.WeakPassphraseException;
import app.nestegg.vault.WrongCredentialsException;
import app.nestegg.vault.household.bundle.BundleRejectedException;
import app.nestegg.vault.ledger.LedgerInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExitCodesTest {

    static Stream<Arguments> failures() {
        Path folder = Path.of("/tmp/vault");
        return Stream.of(
                Arguments.of(new WrongCredentialsException("The passphrase", 4), 3),
                Arguments.of(new InvalidCodeException(), 3),
                Arguments.of(new SecondFactorRequiredException(), 3),
                Arguments.of(new LockedOutException(Instant.parse("2030-01-01T00:00:00Z")), 4),
                Arguments.of(new BadInputException("wrong form"), 2),
                Arguments.of(new WeakPassphraseException(1, List.of("Add a word")), 2),
                Arguments.of(new LedgerInputException("amount", "too many decimals"), 2),
                Arguments.of(new TermsNotAcceptedException(2), 1),
                Arguments.of(new VaultDamagedException(folder, "truncated", Optional.empty()), 1),
                Arguments.of(new DiskFullException(folder, "the backup", new java.io.IOException("ENOSPC")), 1),
                Arguments.of(new UnsafeVaultException("a trigger"), 1),
                Arguments.of(new VaultNotFoundException(folder), 1),
                Arguments.of(new VaultAlreadyExistsException(folder), 1),
                Arguments.of(new VaultStateException("not now"), 1),
                Arguments.of(CliFailure.usage("no source"), 2),
                Arguments.of(CliFailure.badInputFile("missing file"), 5),
                Arguments.of(
                        new BundleRejectedException(
                                BundleRejectedException.Reason.BAD_SIGNATURE, Path.of("a.bundle"), "not Alice's"),
                        5),
                Arguments.of(
                        new ProviderException(
                                ProviderKind.PLAID,
                                ProviderFailure.OUTAGE,
                                500,
                                "API_ERROR",
                                "INTERNAL_SERVER_ERROR",
                                "down",
                                null,
                                null,
                                null),
                        6),
                Arguments.of(new PlaidLinkException(PlaidLinkException.Reason.EXITED, "closed"), 6),
                Arguments.of(new UncheckedIOException(new IOException("disk full")), 1),
                Arguments.of(new IllegalStateException("bug"), 1));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void eachFailureFamilyHasItsExitCode(Exception failure, int expected) {
        assertThat(ExitCodes.of(failure)).isEqualTo(expected);
    }
}
