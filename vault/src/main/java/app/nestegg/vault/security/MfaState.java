package app.nestegg.vault.security;

/** Two-step unlock: off, set up but waiting for the first correct code, or on. */
public enum MfaState {
    OFF,
    PENDING,
    ACTIVE
}
