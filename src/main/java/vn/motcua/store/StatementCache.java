package vn.motcua.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements kept per connection and reused (issue 18, decision 0014). SQLite compiles every statement
 * against the whole schema: on the registration path compiling took about a third of the time, so each connection
 * keeps its last {@value #SIZE} statements by SQL text and hands the same compiled statement back.
 *
 * <p>The repositories stay unchanged: they still write {@code try (var ps = c.prepareStatement(sql))}; on a cached
 * connection {@code close()} does not finalize the statement but resets it (its open result set closed, so no read
 * snapshot or lock outlives the call; parameters and batch cleared) and returns it to the cache. A statement still in
 * use when the same SQL is prepared again (a nested call) is not shared: the caller gets a fresh, uncached one.
 * One connection is used by one thread at a time (the writer thread, or a reader taken from the pool), so the cache
 * needs no locking.
 */
final class StatementCache implements InvocationHandler {
    static final int SIZE = 96;

    private final Connection real;
    private final Map<Key, Entry> cache = new LinkedHashMap<>(SIZE * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            if (size() > SIZE && !eldest.getValue().inUse) {
                eldest.getValue().closeReal();
                return true;
            }
            return false;
        }
    };

    private StatementCache(Connection real) {
        this.real = real;
    }

    /** {@code real} behind a connection whose prepared statements are reused. */
    static Connection wrap(Connection real) {
        return (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new StatementCache(real));
    }

    /** SQL text and generated-keys flag; a plain class (a record's first hashCode bootstraps ~30 method handles). */
    private static final class Key {
        final String sql;
        final int keys;

        Key(String sql, int keys) {
            this.sql = sql;
            this.keys = keys;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.keys == keys && k.sql.equals(sql);
        }

        @Override
        public int hashCode() {
            return sql.hashCode() * 31 + keys;
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("prepareStatement") && args.length <= 2 && args[0] instanceof String sql
                && (args.length == 1 || args[1] instanceof Integer)) {
            return prepare(sql, args.length == 1 ? -1 : (Integer) args[1]);
        }
        if (name.equals("close")) {
            for (Entry e : cache.values()) {
                e.closeReal();
            }
            cache.clear();
        }
        if (name.equals("unwrap") && args[0] instanceof Class<?> type && type.isInstance(real)) {
            return real;
        }
        return call(real, method, args);
    }

    private PreparedStatement prepare(String sql, int keys) throws SQLException {
        Key key = new Key(sql, keys);
        Entry e = cache.get(key);
        if (e != null && !e.inUse && e.ps.isClosed()) {
            cache.remove(key);
            e = null;
        }
        if (e != null && e.inUse) {
            return keys < 0 ? real.prepareStatement(sql) : real.prepareStatement(sql, keys);
        }
        if (e == null) {
            PreparedStatement ps = keys < 0 ? real.prepareStatement(sql) : real.prepareStatement(sql, keys);
            e = new Entry(ps);
            cache.put(key, e);
        }
        e.inUse = true;
        return e.view;
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One compiled statement and the view handed to callers (whose close() gives it back). */
    private static final class Entry implements InvocationHandler {
        final PreparedStatement ps;
        final PreparedStatement view;
        boolean inUse;
        ResultSet open;

        Entry(PreparedStatement ps) {
            this.ps = ps;
            this.view = (PreparedStatement) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    release();
                    return null;
                }
                case "isClosed" -> {
                    return !inUse || ps.isClosed();
                }
                case "getConnection" -> throw new SQLException("not available on a cached statement");
                default -> {
                    if (!inUse) {
                        throw new SQLException("statement is closed");
                    }
                    Object result = call(ps, method, args);
                    if (method.getName().equals("executeQuery")) {
                        open = (ResultSet) result;
                    }
                    return result;
                }
            }
        }

        private void release() throws SQLException {
            if (!inUse) {
                return;
            }
            inUse = false;
            try {
                if (open != null && !open.isClosed()) {
                    open.close();
                }
                open = null;
                ps.clearParameters();
                ps.clearBatch();
            } catch (SQLException e) {
                closeReal();
                throw e;
            }
        }

        void closeReal() {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // the connection is closing or the statement is already gone
            }
        }
    }
}
