package app.nestegg.vault.ledger.invest;

import static app.nestegg.vault.ledger.invest.InvestFixture.USD;
import static app.nestegg.vault.ledger.invest.InvestFixture.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvestPricesTest {

    Path folder;

    InvestFixture fx;
    Security vti;
    Security bnd;

    @BeforeAll
    void open(@TempDir Path folder) {
        this.folder = folder;
        fx = new InvestFixture(folder);
        vti = fx.security("VTI", SecurityType.ETF, USD);
        bnd = fx.security("BND", SecurityType.BOND, USD);
    }

    @AfterAll
    void close() {
        fx.close();
    }

    @Test
    void aQuotedPriceReplacesAnotherQuoteButNeverATypedOne() {
        fx.price(bnd, "2023-06-01", "70");
        List<SecurityPrice> quotes = List.of(
                new SecurityPrice(vti.id(), day("2023-06-01"), new BigDecimal("210"), PriceSource.QUOTE),
                new SecurityPrice(bnd.id(), day("2023-06-01"), new BigDecimal("72"), PriceSource.QUOTE));

        assertThat(fx.invest.prices().storeQuotes(quotes)).isEqualTo(1);
        assertThat(fx.invest.prices().storeQuotes(quotes)).as("unchanged").isZero();
        assertThat(fx.invest
                        .prices()
                        .storeQuotes(List.of(new SecurityPrice(
                                vti.id(), day("2023-06-01"), new BigDecimal("211"), PriceSource.QUOTE))))
                .isEqualTo(1);

        assertThat(fx.invest.prices().list(vti.id()))
                .containsExactly(
                        new SecurityPrice(vti.id(), day("2023-06-01"), new BigDecimal("211"), PriceSource.QUOTE));
        assertThat(fx.invest.prices().list(bnd.id()))
                .extracting(SecurityPrice::source)
                .containsExactly(PriceSource.MANUAL);
        assertThatThrownBy(() -> fx.invest
                        .prices()
                        .storeQuotes(List.of(
                                new SecurityPrice(vti.id(), day("2023-06-02"), BigDecimal.ONE, PriceSource.MANUAL))))
                .isInstanceOf(IllegalArgumentException.class);
        fx.invest.prices().delete(vti.id(), day("2023-06-01"));
        fx.invest.prices().delete(bnd.id(), day("2023-06-01"));
    }

    @Test
    void aManualPriceIsSetReplacedAndDeleted() {
        fx.price(vti, "2023-05-01", "200.10");
        fx.price(vti, "2023-05-01", "201.5");

        assertThat(fx.invest.prices().list(vti.id())).singleElement().satisfies(p -> {
            assertThat(p.price()).isEqualByComparingTo("201.5");
            assertThat(p.source()).isEqualTo(PriceSource.MANUAL);
        });
        assertThat(fx.invest.prices().delete(vti.id(), day("2023-05-01"))).isTrue();
        assertThat(fx.invest.prices().list(vti.id())).isEmpty();
    }

    @Test
    void aGoodFileImportsEveryRowWhateverTheColumnOrderAndCase() throws Exception {
        Path file = write(
                "good.csv", "Date,price,SYMBOL\n2024-01-02,250.25,vti\n2024-01-02,72.1,BND\n\n2024-01-03,251,VTI\n");

        assertThat(fx.invest.prices().importFile(file)).isEqualTo(3);
        assertThat(fx.invest.prices().list(vti.id()))
                .extracting(SecurityPrice::price)
                .containsExactly(new BigDecimal("250.25"), new BigDecimal("251"));
        assertThat(fx.invest.prices().list(vti.id()))
                .allSatisfy(p -> assertThat(p.source()).isEqualTo(PriceSource.IMPORT));
    }

    static Stream<Arguments> badFiles() {
        String header = "symbol,date,price\n";
        String good = "BND,2022-01-03,70\n";
        return Stream.of(
                Arguments.of(
                        "a bad date", header + good + "VTI,2022-13-01,200\n", 3, "date", "'2022-13-01' is not a date"),
                Arguments.of(
                        "a bad number",
                        header + good + "VTI,2022-01-04,1.2.3\n",
                        3,
                        "price",
                        "'1.2.3' is not a number"),
                Arguments.of(
                        "too many decimals",
                        header + good + "VTI,2022-01-04,1.12345678901\n",
                        3,
                        "price",
                        "more than 10 decimals"),
                Arguments.of(
                        "a price that is a word",
                        header + good + "VTI,2022-01-04,abc\n",
                        3,
                        "price",
                        "'abc' is not a number"),
                Arguments.of("a negative price", header + good + "VTI,2022-01-04,-3\n", 3, "price", "is negative"),
                Arguments.of(
                        "an unknown symbol",
                        header + good + "XYZ,2022-01-04,3\n",
                        3,
                        "symbol",
                        "unknown security 'XYZ'"),
                Arguments.of(
                        "a duplicate row",
                        header + good + "vti,2022-01-04,3\nVTI,2022-01-04,4\n",
                        4,
                        "date",
                        "a second price for VTI on 2022-01-04 (the first is on line 3)"),
                Arguments.of("a missing column", "symbol,day,price\n" + good, 1, "date", "no 'date' column"),
                Arguments.of("an empty symbol", header + ",2022-01-04,3\n", 2, "symbol", "the symbol is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadRowRefusesTheWholeFileNamingLineAndColumn(
            String what, String text, int line, String column, String problem) throws Exception {
        Path file = write("bad.csv", text);
        int logBefore = fx.changeLogSize();

        assertThatThrownBy(() -> fx.invest.prices().importFile(file))
                .isInstanceOfSatisfying(PriceFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.getMessage())
                            .startsWith("bad.csv, line " + line + ", column " + column + ": ")
                            .contains(problem);
                });
        assertThat(fx.changeLogSize()).as("nothing imported").isEqualTo(logBefore);
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertThatThrownBy(() -> fx.invest.prices().importFile(write("empty.csv", "")))
                .isInstanceOf(PriceFileException.class)
                .hasMessageContaining("empty.csv: the file is empty");
    }

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
