package app.nestegg.desktop.household;

import app.nestegg.desktop.security.ErrorMessages;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.household.MemberCardException;
import app.nestegg.vault.household.MembershipException;
import app.nestegg.vault.household.bundle.BundleRejectedException;
import app.nestegg.vault.household.merge.MergeRefusedException;

/** A refused card, membership change or bundle shows the vault's own message (it says what is wrong); others as usual. */
final class HouseholdErrors {

    private final ErrorMessages others;

    HouseholdErrors(Messages messages) {
        this.others = new ErrorMessages(messages);
    }

    String describe(Exception failure) {
        return switch (failure) {
            case MemberCardException e -> e.getMessage();
            case MembershipException e -> e.getMessage();
            case BundleRejectedException e -> e.getMessage();
            case MergeRefusedException e -> e.getMessage();
            case CardFiles.CardFileException e -> e.getMessage();
            default -> others.describe(failure);
        };
    }
}
