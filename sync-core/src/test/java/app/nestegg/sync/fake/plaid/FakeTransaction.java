package app.nestegg.sync.fake.plaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A transaction row of a fake Item, in Plaid's sign: a positive amount is money leaving the account.
 *
 * @param pendingTransactionId on a posted row, the pending row it replaced, or null
 * @param paymentChannel online, in store or other
 * @param categoryPrimary the personal finance category ({@code FOOD_AND_DRINK}), or null for none
 */
public record FakeTransaction(
        String transactionId,
        String accountId,
        BigDecimal amount,
        String isoCurrencyCode,
        LocalDate date,
        LocalDate authorizedDate,
        String name,
        String merchantName,
        boolean pending,
        String pendingTransactionId,
        String paymentChannel,
        String categoryPrimary,
        String categoryDetailed) {

    public FakeTransaction {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(paymentChannel, "paymentChannel");
    }

    public FakeTransaction withAmount(BigDecimal newAmount) {
        return new FakeTransaction(
                transactionId,
                accountId,
                newAmount,
                isoCurrencyCode,
                date,
                authorizedDate,
                name,
                merchantName,
                pending,
                pendingTransactionId,
                paymentChannel,
                categoryPrimary,
                categoryDetailed);
    }

    public FakeTransaction withName(String newName, String newMerchantName) {
        return new FakeTransaction(
                transactionId,
                accountId,
                amount,
                isoCurrencyCode,
                date,
                authorizedDate,
                newName,
                newMerchantName,
                pending,
                pendingTransactionId,
                paymentChannel,
                categoryPrimary,
                categoryDetailed);
    }

    /** The posted row that replaces this pending one: a new id, {@code pending_transaction_id} naming this one. */
    public FakeTransaction posted(String newId, BigDecimal postedAmount, LocalDate postedDate) {
        return new FakeTransaction(
                newId,
                accountId,
                postedAmount,
                isoCurrencyCode,
                postedDate,
                date,
                name,
                merchantName,
                false,
                transactionId,
                paymentChannel,
                categoryPrimary,
                categoryDetailed);
    }
}
