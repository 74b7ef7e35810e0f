package vn.motcua.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root command: {@code motcua [--data-dir DIR] <command>}. */
@Command(name = "motcua", mixinStandardHelpOptions = true, version = "Quầy Một Cửa 0.1.0",
        description = "Quầy Một Cửa — counter software for commune one-stop centers.")
public final class MotCuaCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static int run(String[] args) {
        return new CommandLine(new MotCuaCommand()).execute(args);
    }
}
