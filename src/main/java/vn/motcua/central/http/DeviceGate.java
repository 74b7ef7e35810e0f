package vn.motcua.central.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import vn.motcua.central.sync.DeviceAuth;
import vn.motcua.central.store.Device;

/**
 * The one device check of the API: a before-handler that runs for every matched route declared with {@link #DEVICE},
 * authenticates {@code Authorization: Bearer TOKEN} (401 {@code UNAUTHORIZED} / {@code DEVICE_REVOKED} otherwise, the
 * body unread) and puts the device on the request, where handlers take it with {@link #device(Context)}. It runs only
 * for matched routes, so an unknown address still answers 404, not 401.
 */
public final class DeviceGate implements RouteGroup {
    /** The role of the routes a desk calls with its token. */
    public static final RouteRole DEVICE = new RouteRole() {
        @Override
        public String toString() {
            return "DEVICE";
        }
    };
    private static final String ATTRIBUTE = "motcua.device";

    private final DeviceAuth auth;

    public DeviceGate(DeviceAuth auth) {
        this.auth = auth;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.beforeMatched(c -> {
            if (c.routeRoles().contains(DEVICE)) {
                c.attribute(ATTRIBUTE, auth.authenticate(c.header("Authorization")));
            }
        });
    }

    /** The device the gate authenticated for this request; a route not declared with {@link #DEVICE} has none. */
    public static Device device(Context c) {
        Device d = c.attribute(ATTRIBUTE);
        if (d == null) {
            throw new IllegalStateException("route " + c.path() + " is not declared with DeviceGate.DEVICE");
        }
        return d;
    }
}
