/**
 * The command line: {@code ask}, {@code eval}, {@code index} and {@code bench}. {@link signpost.bot.cli.Main}
 * is a thin entry point over {@code run(args, in, out, err)}, so every command is tested in-process.
 */
package signpost.bot.cli;
