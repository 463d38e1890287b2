package app.nestegg.vault.exchange.ofx;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.exchange.BadInputTestSupport;
import com.webcohesion.ofx4j.domain.data.MessageSetType;
import com.webcohesion.ofx4j.domain.data.ResponseEnvelope;
import com.webcohesion.ofx4j.domain.data.banking.BankStatementResponseTransaction;
import com.webcohesion.ofx4j.domain.data.common.Transaction;
import com.webcohesion.ofx4j.io.AggregateUnmarshaller;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * One reason {@link OfxReader} does not delegate to ofx4j: ofx4j returns {@code DTPOSTED} as a {@link java.util.Date}
 * instant and drops the offset the bank printed, so a transaction posted in the evening west of UTC lands on the
 * next day and the bank's calendar date cannot be recovered.
 */
class Ofx4jLimitsTest {

    private static final String LATE_EVENING = BadInputTestSupport.ofx(
            "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105230000.000[-8:PST]<TRNAMT>-1.00<FITID>1<NAME>A</STMTTRN>");

    @Test
    void ofx4jLosesTheBanksCalendarDateWhereOurReaderKeepsIt() throws Exception {
        ResponseEnvelope envelope =
                new AggregateUnmarshaller<>(ResponseEnvelope.class).unmarshal(new StringReader(LATE_EVENING));
        BankStatementResponseTransaction response =
                (BankStatementResponseTransaction) envelope.getMessageSet(MessageSetType.banking)
                        .getResponseMessages()
                        .get(0);
        Transaction transaction =
                response.getMessage().getTransactionList().getTransactions().get(0);

        assertThat(transaction
                        .getDatePosted()
                        .toInstant()
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate())
                .isEqualTo(LocalDate.of(2024, 1, 6));
        assertThat(OfxReader.read("late.ofx", LATE_EVENING)
                        .statements()
                        .get(0)
                        .lines()
                        .get(0)
                        .date())
                .isEqualTo(LocalDate.of(2024, 1, 5));
    }
}
