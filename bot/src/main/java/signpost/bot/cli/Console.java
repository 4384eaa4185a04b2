package signpost.bot.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a command reads and writes, so commands run in-process in tests. */
record Console(InputStream in, PrintStream out, PrintStream err) {}
