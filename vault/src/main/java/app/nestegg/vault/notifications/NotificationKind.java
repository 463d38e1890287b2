package app.nestegg.vault.notifications;

/**
 * What a notification is about, stored by name. Each kind's texts take the notification's parameters in the order
 * given here.
 */
public enum NotificationKind {
    /** A category's spending reached a share of its month's budget: category, percent, spent, budgeted, month. */
    BUDGET_THRESHOLD,
    /** A bank connection stopped syncing: institution, status, the provider's message. */
    SYNC_PROBLEM,
    /** An account is forecast to go below zero. */
    OVERDRAFT_FORECAST,
    /** A confirmed bill is due soon. */
    BILL_DUE
}
