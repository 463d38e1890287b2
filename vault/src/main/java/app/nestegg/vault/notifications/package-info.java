/** What the app told the person: budget thresholds, sync problems, forecasts and bills, each stored once. */
package app.nestegg.vault.notifications;
