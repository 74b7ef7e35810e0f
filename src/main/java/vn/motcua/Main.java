package vn.motcua;

import vn.motcua.cli.MotCuaCommand;

/** Plain launcher (not an {@code Application} subclass, so the shaded jar can start JavaFX later). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(MotCuaCommand.run(args));
    }
}
