/**
 * Compiles the DRL files and the EqIA trigger table into a rule base, runs one session per question,
 * and reloads an edited rules folder while the last good rule base keeps serving.
 */
package signpost.rules.engine;
