package vn.motcua.central.http;

import io.javalin.config.RoutesConfig;

/**
 * One concern's routes of the central server (sync API, files, citizen pages, health and metrics …). A new group is
 * one class and one line in {@link CentralServer#start}'s list. Routes a desk calls with its token are declared with
 * {@link DeviceGate#DEVICE}: the gate authenticates the device before the handler runs ({@link DeviceGate#device}).
 */
public interface RouteGroup {

    /** Declares this group's routes (and any before/after handler of its own). */
    void register(RoutesConfig routes);
}
