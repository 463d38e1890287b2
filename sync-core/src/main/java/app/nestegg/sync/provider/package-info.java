/**
 * What the rest of the app sees of a bank-data provider: accounts, balances, pages of transaction changes behind an
 * opaque cursor, holdings and disconnecting. Every amount here is already in the ledger's sign (money into the account
 * positive; what is owed negative); each provider turns its own convention into this one in a single place.
 */
package app.nestegg.sync.provider;
