package io.lede.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * A real Apache Felix framework with SCR, EventAdmin, ConfigAdmin and the Lede bundle installed. The OSGi
 * service APIs the tests use (event, cm, component runtime) are exported by the system bundle from the
 * launcher's class path, so tests and bundles share those classes.
 */
public final class FelixRuntime implements AutoCloseable {
    private static final String SYSTEM_PACKAGES = String.join(",",
            "org.osgi.service.event;version=1.4.1",
            "org.osgi.service.cm;version=1.6.1",
            "org.osgi.service.component;version=1.5.1",
            "org.osgi.service.component.runtime;version=1.5.1",
            "org.osgi.service.component.runtime.dto;version=1.5.1",
            "org.osgi.util.promise;version=1.3.0",
            "org.osgi.util.function;version=1.2.0");

    private static final String HTTP_PORT = "org.osgi.service.http.port";

    private final Framework framework;
    private final List<Bundle> installed = new ArrayList<>();

    private FelixRuntime(Framework framework) {
        this.framework = framework;
    }

    /** Starts Felix with the bundles, Lede's bundle started without any configuration. */
    public static FelixRuntime start(Path storage, List<Path> bundles, Map<String, String> extraProperties)
            throws BundleException, IOException {
        return start(storage, bundles, extraProperties, Map.of());
    }

    /**
     * @param storage        the framework's cache directory (wiped first)
     * @param bundles        bundle jars to install and start, in order
     * @param configurations ConfigAdmin configurations by PID, in place before Lede's bundle starts
     */
    public static FelixRuntime start(Path storage, List<Path> bundles, Map<String, String> extraProperties,
                                     Map<String, Map<String, Object>> configurations)
            throws BundleException, IOException {
        Files.createDirectories(storage);
        Map<String, String> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, storage.toAbsolutePath().toString());
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SYSTEM_PACKAGES);
        props.put("felix.log.level", "1");
        props.put(HTTP_PORT, Integer.toString(FreePort.find()));
        props.put("org.apache.felix.http.host", "127.0.0.1");
        props.putAll(extraProperties);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(props);
        framework.start();
        FelixRuntime runtime = new FelixRuntime(framework);
        BundleContext ctx = framework.getBundleContext();
        for (Path jar : bundles) {
            runtime.installed.add(ctx.installBundle(jar.toUri().toString()));
        }
        for (Bundle b : runtime.installed) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null && !isLede(b)) {
                b.start();
            }
        }
        for (Map.Entry<String, Map<String, Object>> c : configurations.entrySet()) {
            runtime.configure(c.getKey(), c.getValue());
        }
        for (Bundle b : runtime.installed) {
            if (isLede(b)) {
                b.start();
            }
        }
        return runtime;
    }

    private static boolean isLede(Bundle b) {
        return b.getSymbolicName() != null && b.getSymbolicName().startsWith("io.lede");
    }

    /** Where Felix HTTP Jetty serves the whiteboard: {@code http://127.0.0.1:PORT} (a free port per framework). */
    public String httpBaseUrl() {
        return "http://127.0.0.1:" + context().getProperty(HTTP_PORT);
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    public List<Bundle> bundles() {
        return List.of(context().getBundles());
    }

    public Bundle bundle(String symbolicName) {
        for (Bundle b : context().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new IllegalArgumentException("no bundle " + symbolicName);
    }

    public <T> T service(Class<T> type) {
        ServiceReference<T> ref = context().getServiceReference(type);
        if (ref == null) {
            throw new IllegalStateException("no " + type.getName() + " service");
        }
        return context().getService(ref);
    }

    /** Creates or replaces the configuration of a PID. */
    public void configure(String pid, Map<String, Object> properties) throws IOException {
        Configuration config = service(ConfigurationAdmin.class).getConfiguration(pid, "?");
        Dictionary<String, Object> dict = new Hashtable<>(properties);
        config.update(dict);
    }

    /** Sends an event synchronously through EventAdmin, as a CMS would. */
    public void send(String topic, Map<String, Object> properties) {
        service(EventAdmin.class).sendEvent(new Event(topic, properties));
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(30_000);
    }
}
