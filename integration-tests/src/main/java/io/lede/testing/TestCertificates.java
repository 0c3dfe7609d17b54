package io.lede.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A test CA and a node certificate for 127.0.0.1/localhost, made with the distribution's own
 * {@code elasticsearch-certutil} (PEM files, unencrypted keys).
 */
public record TestCertificates(Path caCertificate, Path nodeCertificate, Path nodeKey) {

    public static TestCertificates create(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path home = HarnessProperties.home();
        run(dir, List.of(home.resolve("bin/elasticsearch-certutil").toString(), "ca", "--pem", "--silent",
                "--out", dir.resolve("ca.zip").toString()));
        unzip(dir.resolve("ca.zip"), dir);
        run(dir, List.of(home.resolve("bin/elasticsearch-certutil").toString(), "cert", "--pem", "--silent",
                "--ca-cert", dir.resolve("ca/ca.crt").toString(), "--ca-key", dir.resolve("ca/ca.key").toString(),
                "--ip", "127.0.0.1", "--dns", "localhost", "--name", "node", "--out", dir.resolve("node.zip").toString()));
        unzip(dir.resolve("node.zip"), dir);
        return new TestCertificates(dir.resolve("ca/ca.crt"), dir.resolve("node/node.crt"), dir.resolve("node/node.key"));
    }

    /** An SSL context trusting only this CA. */
    public SSLContext trustingCa() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(caCertificate)) {
            Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
            store.setCertificateEntry("ca", ca);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        Files.deleteIfExists(Path.of(command.get(command.indexOf("--out") + 1)));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("certutil.log").toFile());
        pb.environment().put("ES_JAVA_HOME", HarnessProperties.javaHome().toString());
        pb.environment().put("CLI_JAVA_OPTS", "-Xmx512m");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("elasticsearch-certutil failed: " + Files.readString(dir.resolve("certutil.log")));
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside its folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
