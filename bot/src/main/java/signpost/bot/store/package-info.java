/**
 * The store: everything that must outlive a restart or be shared by replicas (screenings, conversations, ratings,
 * what was seen once, the pseudonym key), kept through JDBC in one {@link signpost.bot.store.Database}: an H2 file
 * in the data folder by default, PostgreSQL in production. The schema changes only through the Flyway migrations in
 * {@code db/migration}, written to run on both.
 */
package signpost.bot.store;
