package app.nestegg.vault.ledger;

/** The sensitive details of a property (address, zip) or vehicle (VIN); stored sealed with the field key. */
public record AccountDetails(String address, String zip, String vin) {

    public static final AccountDetails NONE = new AccountDetails(null, null, null);
}
