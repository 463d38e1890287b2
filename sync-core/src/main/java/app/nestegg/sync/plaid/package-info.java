/**
 * The Plaid client: {@link app.nestegg.sync.plaid.PlaidClient} implements the bank-provider interface over Plaid's
 * JSON API (version 2020-09-14) and adds the Link calls a desktop app needs (Hosted Link, the sandbox shortcut, the
 * token exchange). Plaid's sign is turned into the ledger's in {@link app.nestegg.sync.plaid.PlaidAmounts} only, and
 * Plaid's errors into {@link app.nestegg.sync.provider.ProviderException} in {@link
 * app.nestegg.sync.plaid.PlaidErrors} only. See docs/bank-sync.md, section "Plaid".
 */
package app.nestegg.sync.plaid;
