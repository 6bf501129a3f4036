package org.broadsheet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Selenium with Debian's ChromeDriver. Both paths are given explicitly, so
 * Selenium Manager never runs and nothing is downloaded. Tests skip when either program is missing, or fail when the
 * environment variable {@code CI} is {@code true}.
 */
public final class TestBrowser {
    /** Debian's Chromium, from the package {@code chromium}. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** Debian's ChromeDriver, from the package {@code chromium-driver}. */
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final List<String> ARGUMENTS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            "--window-size=1280,900");

    /**
     * Selenium warns at every start that it has no DevTools bindings for this Chromium version; the tests drive the
     * browser through WebDriver only, so the warning is noise. Held in a field: JUL keeps loggers weakly.
     */
    private static final Logger CDP_VERSION_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private TestBrowser() {}

    /**
     * Starts a new headless Chromium with a fresh temporary profile, deleted again by {@link WebDriver#quit()}. The
     * caller must call {@code quit()}.
     */
    public static WebDriver chromium() {
        requireInstalled(CHROMIUM, "chromium");
        requireInstalled(CHROMEDRIVER, "chromium-driver");
        // Also set the property, so that any other code path that looks for a driver finds this one.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("broadsheet-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a Chromium profile folder", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(ARGUMENTS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new ProfiledChromeDriver(service, options, profile);
        } catch (RuntimeException e) {
            deleteRecursively(profile);
            throw e;
        }
    }

    /** Saves a PNG screenshot of what {@code driver} shows to {@code png}, creating its folder when needed. */
    public static void screenshot(WebDriver driver, Path png) {
        byte[] image = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Path folder = png.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.write(png, image);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write screenshot " + png, e);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void requireInstalled(Path program, String debianPackage) {
        if (Files.isExecutable(program)) {
            return;
        }
        String reason = program + " is missing: install it with apt-get install " + debianPackage;
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(reason + "; under CI the browser tests must run");
        }
        Assumptions.assumeTrue(false, reason);
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover profile in the temp folder is harmless; say so rather than fail the test that quit.
            System.err.println("Could not delete Chromium profile " + folder + ": " + e);
        }
    }

    /** A ChromeDriver that deletes its temporary profile when it quits. */
    private static final class ProfiledChromeDriver extends ChromeDriver {
        private final Path profile;

        ProfiledChromeDriver(ChromeDriverService service, ChromeOptions options, Path profile) {
            super(service, options);
            this.profile = profile;
        }

        @Override
        public void quit() {
            try {
                super.quit();
            } finally {
                deleteRecursively(profile);
            }
        }
    }
}
