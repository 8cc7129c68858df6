package io.lineengage.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The market components this build holds, by market code: every Dagger-generated component in this package whose
 * component carries {@link ForMarket}. Found on the class path (a folder in development, the jar in production), so
 * that a new market is one component and its module.
 */
final class MarketComponents {
    private static final String PACKAGE = MarketComponents.class.getPackageName();
    private static final Map<String, ServiceComponent.Factory<?>> FACTORIES = discover();

    private MarketComponents() {}

    /** The known market codes, sorted. */
    static List<String> codes() {
        return List.copyOf(FACTORIES.keySet());
    }

    static ServiceComponent.Factory<?> factoryFor(MarketChoice market) {
        ServiceComponent.Factory<?> factory = FACTORIES.get(market.code());
        if (factory == null) {
            throw new IllegalArgumentException("no component for market " + market.code() + "; known: " + codes());
        }
        return factory;
    }

    private static Map<String, ServiceComponent.Factory<?>> discover() {
        Map<String, ServiceComponent.Factory<?>> found = new TreeMap<>();
        for (String name : generatedComponentNames()) {
            try {
                // Dagger names the class it generates for component X "DaggerX".
                Class<?> component = Class.forName(PACKAGE + "." + name.substring("Dagger".length()));
                ForMarket market = component.getAnnotation(ForMarket.class);
                if (market == null) {
                    continue;
                }
                Method factory = Class.forName(PACKAGE + "." + name).getDeclaredMethod("factory");
                factory.setAccessible(true);
                ServiceComponent.Factory<?> previous =
                        found.put(market.value(), (ServiceComponent.Factory<?>) factory.invoke(null));
                if (previous != null) {
                    throw new IllegalStateException("two components for market " + market.value());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("market component " + name + " cannot be made", e);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no market component found in " + PACKAGE);
        }
        return Collections.unmodifiableMap(found);
    }

    /**
     * Simple names of the classes Dagger generated for this package's components ("DaggerJapanMarketComponent"),
     * read where this class was loaded from: a folder, or a jar (which need not list its folders).
     */
    private static List<String> generatedComponentNames() {
        String folder = PACKAGE.replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        try {
            Path origin = Path.of(MarketComponents.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isDirectory(origin)) {
                try (Stream<Path> files = Files.list(origin.resolve(folder))) {
                    files.map(file -> file.getFileName().toString()).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(origin.toFile())) {
                    jar.stream()
                            .map(JarEntry::getName)
                            .filter(entry -> entry.startsWith(folder))
                            .map(entry -> entry.substring(folder.length()))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names.stream()
                .filter(name -> name.startsWith("Dagger") && name.endsWith("MarketComponent.class"))
                .map(name -> name.substring(0, name.length() - ".class".length()))
                .sorted()
                .toList();
    }
}
