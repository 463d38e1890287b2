/** Bank providers and the in-process scheduler; knows the vault, never a user interface. */
package app.nestegg.sync;
