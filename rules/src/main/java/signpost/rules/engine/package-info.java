/**
 * Compiles the DRL files and the EqIA trigger table into a rule base (the built-in files once, when Signpost is
 * built), runs one session per question, and reloads an edited rules folder while the last good rule base keeps serving.
 */
package signpost.rules.engine;
