package io.lede.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** Builds the TLS context for the cluster: a CA certificate file, or a pinned certificate fingerprint. */
final class TlsContexts {
    private TlsContexts() {
    }

    static SSLContext forSettings(ElasticsearchSettings settings) throws GeneralSecurityException, IOException {
        SSLContext context = SSLContext.getInstance("TLS");
        if (!settings.fingerprint().isEmpty()) {
            context.init(null, new TrustManager[] {new FingerprintTrustManager(settings.fingerprint())}, null);
        } else if (!settings.caCertificatePath().isEmpty()) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            try (InputStream in = Files.newInputStream(Path.of(settings.caCertificatePath()))) {
                int i = 0;
                for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("ca-" + i++, cert);
                }
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            context.init(null, tmf.getTrustManagers(), null);
        } else {
            context.init(null, null, null);
        }
        return context;
    }

    /** Trusts a chain when any certificate in it has the configured SHA-256 fingerprint. */
    static final class FingerprintTrustManager implements X509TrustManager {
        private final String expected;

        FingerprintTrustManager(String fingerprint) {
            this.expected = fingerprint.replace(":", "").toLowerCase(Locale.ROOT).strip();
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            for (X509Certificate cert : chain) {
                if (expected.equals(sha256(cert))) {
                    return;
                }
            }
            throw new CertificateException("no certificate of the server matches the configured fingerprint");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not accepted");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }

        private static String sha256(X509Certificate cert) throws CertificateException {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new CertificateException(e);
            }
        }
    }
}
