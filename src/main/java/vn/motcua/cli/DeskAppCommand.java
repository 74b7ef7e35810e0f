package vn.motcua.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code motcua desk}: opens the JavaFX desk (also what {@code motcua} with no command does). */
@Command(name = "desk", description = "Open the desk window (the default when no command is given).")
final class DeskAppCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return launch((MotCuaCommand) spec.root().userObject());
    }

    /** Starts the desk over the root command's data folder; a machine without a display gets a clear message. */
    static int launch(MotCuaCommand root) throws InterruptedException {
        if (!StartPath.hasDisplay()) {
            throw new UserInputException("no display to open the desk window on; use a command instead "
                    + "(motcua --help lists them)");
        }
        return vn.motcua.desk.DeskLauncher.run(root.dataDir());
    }
}
