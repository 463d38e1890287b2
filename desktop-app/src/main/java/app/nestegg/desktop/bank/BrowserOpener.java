package app.nestegg.desktop.bank;

/**
 * Opens a web page in the person's own browser. The app passes {@code HostServices::showDocument}; tests pass one that
 * records the address (or answers it over HTTP as the person would), so no test opens a browser.
 */
@FunctionalInterface
public interface BrowserOpener {

    void open(String url);
}
