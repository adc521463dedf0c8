package org.seedprint.registry;

import java.io.Console;

/**
 * Whether standard output is a terminal (for progress bars). From JDK 22 on {@code System.console()}
 * is never null, so ask {@code Console.isTerminal()} where it exists (not in release 21's API).
 */
final class Terminal {

    private Terminal() {}

    @SuppressWarnings("SystemConsoleNull") // null on JDK 21 without a terminal; isTerminal() below for 22+
    static boolean interactive() {
        Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only for a terminal
        }
    }
}
