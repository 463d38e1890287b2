/**
 * Quote sources for the price-update job: an interface, an HTTP client of Nest Egg's own quote contract, a price file
 * on this computer, and the setup that picks one from Settings and the environment.
 */
package app.nestegg.sync.quotes;
