package app.nestegg.vault.ledger;

import static app.nestegg.vault.ledger.LedgerFixture.JPY;
import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of bad ledger input is refused with a message naming what and where, and writes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerBadInputTest {

    LedgerFixture fx;
    Account checking;
    Account yen;
    Account closed;

    @BeforeAll
    void open(@TempDir Path folder) {
        fx = new LedgerFixture(folder);
        checking = fx.account("Checking", USD, "0");
        yen = fx.account("Yen", JPY, "0");
        closed = fx.account("Old", USD, "0");
        fx.ledger.accounts().close(closed.id());
    }

    @AfterAll
    void close() {
        fx.close();
    }

    record Case(String field, String message, Function<LedgerBadInputTest, ThrowingCallable> action) {}

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad(
                        "splits that do not add up",
                        "splits",
                        "add up to -5.00",
                        t -> () -> t.add(t.draft(t.checking, "-10")
                                .withSplits(List.of(
                                        new SplitDraft(null, new BigDecimal("-2"), null),
                                        new SplitDraft(null, new BigDecimal("-3"), null))))),
                bad(
                        "unknown currency",
                        "currency",
                        "Unknown currency 'ABC'",
                        t -> () -> Currencies.of("ABC", "currency")),
                bad(
                        "currency code of the wrong form",
                        "currency",
                        "not a three-letter",
                        t -> () -> Currencies.of("dollars", "currency")),
                bad(
                        "transfer to the same account",
                        "transfer account",
                        "two different accounts",
                        t -> () -> t.add(t.draft(t.checking, "-10").withTransferTo(t.checking.id(), null))),
                bad("a closed account", "account", "'Old' is closed", t -> () -> t.add(t.draft(t.closed, "-10"))),
                bad(
                        "a transfer into a closed account",
                        "transfer account",
                        "'Old' is closed",
                        t -> () -> t.add(t.draft(t.checking, "-10").withTransferTo(t.closed.id(), null))),
                bad(
                        "too many decimals for USD",
                        "amount",
                        "too many decimals for USD",
                        t -> () -> t.add(t.draft(t.checking, "-1.234"))),
                bad(
                        "any decimals for JPY",
                        "amount",
                        "too many decimals for JPY",
                        t -> () -> t.add(t.draft(t.yen, "-1.5"))),
                bad(
                        "a date before 1900",
                        "date",
                        "outside 1900-01-01",
                        t -> () -> t.add(t.draft(t.checking, "-1").withDate(LocalDate.of(1899, 12, 31)))),
                bad(
                        "a date after 2199",
                        "date",
                        "outside 1900-01-01",
                        t -> () -> t.add(t.draft(t.checking, "-1").withDate(LocalDate.of(2200, 1, 1)))),
                bad(
                        "an empty payee",
                        "payee",
                        "Payee is empty",
                        t -> () -> t.add(t.draft(t.checking, "-1").withPayee("  "))),
                bad(
                        "a split with a category of its own",
                        "category",
                        "takes its categories",
                        t -> () -> t.add(t.draft(t.checking, "-2")
                                .withCategory(java.util.UUID.randomUUID())
                                .withSplits(List.of(
                                        new SplitDraft(null, new BigDecimal("-1"), null),
                                        new SplitDraft(null, new BigDecimal("-1"), null))))),
                bad(
                        "a duplicate account name",
                        "name",
                        "already exists",
                        t -> () -> t.fx.ledger
                                .accounts()
                                .add(AccountDraft.of("checking", AccountType.SAVINGS, USD, BigDecimal.ZERO))),
                bad(
                        "an opening balance with too many decimals",
                        "opening balance",
                        "too many decimals",
                        t -> () -> t.fx.ledger
                                .accounts()
                                .add(AccountDraft.of("New", AccountType.SAVINGS, JPY, new BigDecimal("0.5")))),
                bad(
                        "a tag with a space",
                        "tags",
                        "Tag 'two words'",
                        t -> () -> t.add(t.draft(t.checking, "-1").withTags(java.util.Set.of("two words")))));
    }

    private static Arguments bad(
            String name, String field, String message, Function<LedgerBadInputTest, ThrowingCallable> action) {
        return Arguments.of(Named.of(name, new Case(field, message, action)));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void isRefusedWithItsFieldAndNothingIsWritten(Case bad) {
        int before = fx.changeLogSize();

        assertThatThrownBy(bad.action().apply(this))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining(bad.message())
                .extracting(e -> ((LedgerInputException) e).field())
                .isEqualTo(bad.field());

        assertThat(fx.changeLogSize()).isEqualTo(before);
        assertThat(fx.ledger.register().count(RegisterQuery.all())).isZero();
    }

    TransactionDraft draft(Account account, String amount) {
        return TransactionDraft.of(account.id(), LocalDate.of(2026, 11, 1), new BigDecimal(amount), "Shop");
    }

    void add(TransactionDraft draft) {
        fx.ledger.transactions().add(draft);
    }
}
