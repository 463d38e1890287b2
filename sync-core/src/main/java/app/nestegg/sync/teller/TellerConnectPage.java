package app.nestegg.sync.teller;

/**
 * The page the loopback listener serves: it loads Teller Connect from Teller's CDN and posts the result back. Every
 * value placed in it is restricted to letters, digits, '_' and '-' before it gets here, so none needs escaping.
 */
final class TellerConnectPage {
    static final String SCRIPT_URL = "https://cdn.teller.io/connect/connect.js";

    private TellerConnectPage() {}

    static String render(String applicationId, TellerEnvironment environment, String state, String repairEnrollmentId) {
        String repair = repairEnrollmentId == null ? "" : "enrollmentId: \"" + repairEnrollmentId + "\",";
        return """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Nest Egg: connect your bank</title></head>
                <body>
                <main>
                <h1>Connect your bank to Nest Egg</h1>
                <p id="status">Teller Connect opens on this page.</p>
                <button id="open" type="button">Open Teller Connect</button>
                </main>
                <script src="%s"></script>
                <script>
                (function () {
                  var state = "%s";
                  var status = document.getElementById("status");
                  function send(path, body) {
                    body.state = state;
                    return fetch(path, {method: "POST", headers: {"Content-Type": "application/json"},
                                        body: JSON.stringify(body)});
                  }
                  function finish(text) {
                    status.textContent = text;
                    document.getElementById("open").disabled = true;
                  }
                  var connect = TellerConnect.setup({
                    applicationId: "%s",
                    environment: "%s",
                    products: ["transactions", "balance"],
                    nonce: state,
                    %s
                    onSuccess: function (e) {
                      send("/connect/enrollment", {
                        accessToken: e.accessToken,
                        userId: e.user && e.user.id,
                        enrollmentId: e.enrollment && e.enrollment.id,
                        institutionName: e.enrollment && e.enrollment.institution && e.enrollment.institution.name,
                        signatures: e.signatures || []
                      }).then(function (r) {
                        finish(r.ok ? "Done. You can close this tab and go back to Nest Egg."
                                    : "Nest Egg did not accept the result; start again from the app.");
                      }).catch(function () { finish("Nest Egg is no longer waiting; start again from the app."); });
                    },
                    onExit: function () {
                      send("/connect/exit", {}).finally(function () { finish("Cancelled. You can close this tab."); });
                    }
                  });
                  document.getElementById("open").addEventListener("click", function () { connect.open(); });
                  connect.open();
                })();
                </script>
                </body>
                </html>
                """.formatted(SCRIPT_URL, state, applicationId, environment.wireName(), repair);
    }
}
