package vn.motcua;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The SQL statements a piece of work sends to PostgreSQL from the calling thread, in order: the
 * application's data source wrapped so that each executed statement is written down while a
 * recording runs on that thread (other threads — schedulers, other requests — are not counted).
 * A test imports {@link Installed} to get the wrapped data source (a context of its own).
 */
public final class StatementLog {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private StatementLog() {
    }

    /** The statements {@code work} executed, each as its SQL text. */
    public static List<String> statementsOf(Runnable work) {
        return record(() -> {
            work.run();
            return null;
        }).statements();
    }

    /** What {@code work} answered and the statements it executed. */
    public static <T> Recorded<T> record(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            T result = work.get();
            return new Recorded<>(result, List.copyOf(statements));
        } finally {
            RECORDING.remove();
        }
    }

    /** A result and the statements that produced it. */
    public record Recorded<T>(T result, List<String> statements) {
    }

    /** Wraps the application's data source; imported by the tests that count statements. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Installed {

        @Bean
        static BeanPostProcessor statementLogging() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? logging(dataSource) : bean;
                }
            };
        }
    }

    private static DataSource logging(DataSource target) {
        // Closeable too: the data source bean is closed by name at shutdown.
        return (DataSource) Proxy.newProxyInstance(StatementLog.class.getClassLoader(),
                new Class<?>[] { DataSource.class, Closeable.class }, (proxy, method, args) -> {
                    if (method.getName().equals("close") && !(target instanceof Closeable)) {
                        return null;
                    }
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? logging(connection) : result;
                });
    }

    private static Connection logging(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] { Connection.class },
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Statement statement && method.getName().startsWith("prepare")) {
                        return logging(statement, String.valueOf(args[0]));
                    }
                    return result instanceof Statement statement ? logging(statement, null) : result;
                });
    }

    private static Statement logging(Statement target, String prepared) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> i : type.getInterfaces()) {
                if (Statement.class.isAssignableFrom(i)) {
                    interfaces.add(i);
                }
            }
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                List<String> recording = RECORDING.get();
                if (recording != null) {
                    recording.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared);
                }
            }
            return invoke(target, method, args);
        };
        return (Statement) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
