package dev.helpdesk.deploy;

import java.nio.file.Path;

/**
 * One command for the whole platform on embedded defaults: a Kafka broker, a MongoDB-wire server, a mail server and
 * every service as its own process, stopped in order on Ctrl-C or SIGTERM. See deploy/README.md.
 *
 * <p>Tests use {@link #start(PlatformSettings, Progress)}, which returns once the gateway reports the
 * platform UP.
 */
public final class LocalPlatform {

    private LocalPlatform() {
    }

    /**
     * Starts everything and waits until the platform is ready. On failure every process started so
     * far is stopped before the exception is thrown.
     *
     * @throws PlatformStartException with a message naming the part that failed (and its log's end)
     */
    public static RunningPlatform start(PlatformSettings settings, Progress progress) {
        RunningPlatform platform = new RunningPlatform(settings, progress);
        try {
            new PlatformStartup(platform, progress).run();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PlatformSettings settings;
        try {
            Options options = Options.parse(args, System.getProperties(), System.getenv());
            if (options.has(LauncherOptions.HELP)) {
                System.out.print(LauncherOptions.help());
                return;
            }
            settings = LauncherOptions.toSettings(options, Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + System.lineSeparator() + System.lineSeparator() + LauncherOptions.help());
            System.exit(2);
            return;
        }

        Progress progress = Progress.to(System.out);
        RunningPlatform platform = new RunningPlatform(settings, progress);
        // registered before the first child starts, so a Ctrl-C during start-up stops what already runs
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "helpdesk-platform-shutdown"));
        try {
            new PlatformStartup(platform, progress).run();
        } catch (PlatformStartException e) {
            if (!platform.isClosing()) { // after a Ctrl-C, the children it stopped are no failure to report
                System.err.println(System.lineSeparator() + "The platform did not start: " + e.getMessage());
            }
            System.exit(1); // the shutdown hook stops whatever was started
        }
        progress.text(readyBanner(platform, progress));
        platform.reportUnexpectedExits();
        platform.awaitStopped();
    }

    static String readyBanner(RunningPlatform platform, Progress progress) {
        PlatformSettings settings = platform.settings();
        String tokenUrl = platform.gatewayUrl().resolve("/oauth2/token").toString();
        return String.format("""

                Help desk platform ready in %3$.1f s.
                  gateway    %2$s
                  mail       SMTP %6$s, IMAP %7$s (each mailbox logs in with its address as user and password)
                  data       %4$s
                  logs       %5$s

                Get a token (the demo agent; demo-supervisor:demo-supervisor-secret may read reports too):
                  curl -s -u demo-agent:demo-agent-secret -d grant_type=client_credentials %1$s
                or keep it in a variable and call the API with it:
                  TOKEN=$(curl -s -u demo-agent:demo-agent-secret -d grant_type=client_credentials %1$s | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' %2$s/api/v1/tickets \\
                    -d '{"type":"INCIDENT","subject":"Printer jams","description":"Tray 2","requesterId":"c0000000-0000-4000-8000-000000000001","channel":"API","impact":"LOW","urgency":"MEDIUM","tags":[]}'
                The README's API tour shows the rest.

                Press Ctrl-C to stop.
                """, tokenUrl, platform.gatewayUrl(), progress.elapsedSeconds(), settings.dataDir(), settings.logDir(),
                platform.smtpAddress(), platform.imapAddress());
    }
}
