package io.lede.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Debian {@code chromedriver} as a child process on a free loopback port, driving the Debian {@code chromium}
 * headless. Nothing is downloaded: both binaries must be installed (the build's pre-integration-test step and
 * {@code .ci/run} install them with apt-get when missing).
 */
public final class ChromeDriver implements AutoCloseable {
    public static final Path DRIVER = Path.of(System.getProperty("lede.chromedriver", "/usr/bin/chromedriver"));
    public static final Path BROWSER = Path.of(System.getProperty("lede.chromium", "/usr/bin/chromium"));

    private final Process process;
    private final String baseUrl;
    private final Path work;

    private ChromeDriver(Process process, String baseUrl, Path work) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.work = work;
    }

    /** Whether both binaries are installed. */
    public static boolean installed() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
    }

    /** Starts chromedriver (its log under {@code work}) and waits until it accepts sessions. */
    public static ChromeDriver start(Path work) throws IOException {
        if (!installed()) {
            throw new IllegalStateException("Chromium and chromedriver are not installed (" + BROWSER + ", " + DRIVER
                    + "): run 'apt-get install -y chromium chromium-driver' or the build as root");
        }
        Files.createDirectories(work);
        int port = FreePort.find();
        Process process = new ProcessBuilder(DRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1",
                "--log-path=" + work.resolve("chromedriver.log"))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("chromedriver.out").toFile())
                .start();
        ChromeDriver driver = new ChromeDriver(process, "http://127.0.0.1:" + port, work);
        try {
            Await.until(Duration.ofSeconds(30), "chromedriver on port " + port, driver::ready);
        } catch (AssertionError e) {
            driver.close();
            throw e;
        }
        return driver;
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("chromedriver exited with " + process.exitValue() + "; see "
                    + work.resolve("chromedriver.out"));
        }
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/status")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && EsHttp.json().readTree(r.body()).path("value").path("ready").asBoolean();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A new headless browser window of the given size (a private profile under the work directory). */
    public WebDriverSession newSession(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory(work, "profile-");
        List<String> args = List.of("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile, "--lang=en-US",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                "--disable-features=Translate,OptimizationHints,MediaRouter");
        Map<String, Object> capabilities = Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                "browserName", "chrome",
                "goog:chromeOptions", Map.of("binary", BROWSER.toString(), "args", args))));
        return WebDriverSession.create(baseUrl, capabilities);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
