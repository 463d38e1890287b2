/** The vault's record of scheduled work done inside the app: attempts at planned runs, and which jobs are on. */
package app.nestegg.vault.jobs;
