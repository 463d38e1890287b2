package app.nestegg.desktop.exchange;

import java.util.UUID;

/**
 * One statement of a file and the account it goes to, worded for the wizard's account step.
 *
 * @param index the statement's place in the plan
 * @param source the account as the file names it ("Bank ····1234"), or a note that it names none
 * @param target the chosen account's name, "Name (new)", or "Choose an account"
 * @param accountId the existing account chosen, or null for a new account or none yet
 * @param newName the name a new account will get, or empty
 */
public record StatementMatch(
        int index, String source, String target, UUID accountId, String newName, boolean unmatched, int rows) {}
