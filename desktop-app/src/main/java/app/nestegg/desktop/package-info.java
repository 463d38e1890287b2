/**
 * The Nest Egg desktop app.
 *
 * <p>How the code is laid out, and the recipe for a new screen:
 *
 * <ul>
 *   <li>{@link app.nestegg.desktop.DesktopComposition} is the one composition root: it holds the vault service, the
 *       {@link app.nestegg.desktop.concurrent.TaskExecutor}, the texts and the theme, and builds every screen's view
 *       model and view through constructors. There are no static singletons and no event bus.
 *   <li>A screen is a {@code …ViewModel} (JavaFX properties and actions, nothing from {@code javafx.scene}, tested
 *       without a window on {@link app.nestegg.desktop.concurrent.SameThreadTaskExecutor}) and a code-built view that
 *       binds to it. Vault calls block (key derivation, H2), so view models run them through
 *       {@link app.nestegg.desktop.concurrent.TrackedTasks}, whose {@code busy} flag drives the progress indicators.
 *       {@code DesktopArchitectureTest} checks both rules.
 *   <li>Views take their controls from {@code widgets} rather than private helpers: {@code Views} (labels, titles,
 *       messages, buttons), {@code Forms} (field labels, text fields and pickers bound to a property, rows) and
 *       {@code FormGrid} (a label and its fields per row).
 *   <li>Every text is in {@code messages.properties}; colours come from the AtlantaFX theme's tokens in
 *       {@code nest-egg.css}; the theme is applied only by {@link app.nestegg.desktop.shell.ThemeSwitcher}.
 *   <li>Packages by capability: {@code security} (wizard, unlock, settings), {@code ledger} (accounts, register, categories,
 *       rules, currencies), {@code exchange} (the import wizard), {@code shell} (window, navigation,
 *       flow between screens), {@code concurrent}, {@code text}, {@code widgets}.
 * </ul>
 */
package app.nestegg.desktop;
