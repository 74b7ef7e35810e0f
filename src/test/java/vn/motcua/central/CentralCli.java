package vn.motcua.central;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import vn.motcua.cli.MotCuaCommand;

/** Runs {@code motcua --data-dir DIR central ARGS...} in-process and captures what it printed. */
record CentralCli(Path dataDir) {

    /** One command's exit code and output. */
    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        all[2] = "central";
        System.arraycopy(args, 0, all, 3, args.length);
        int exit = MotCuaCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
        return new Run(exit, out.toString(), err.toString());
    }
}
