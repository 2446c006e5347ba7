package kz.kepil.platform.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Copies Payara Micro's output to the terminal or to a log file, and notices the line that says the
 * application failed to deploy (after which Payara Micro goes on running, serving nothing).
 */
final class OutputWatch implements Runnable {

    private static final String DEPLOYMENT_FAILED = "Exception while loading the app";

    private final InputStream source;
    private final PrintStream sink;
    private volatile boolean deploymentFailed;

    private OutputWatch(InputStream source, PrintStream sink) {
        this.source = source;
        this.sink = sink;
    }

    static OutputWatch start(InputStream source, Optional<Path> logFile) throws IOException {
        PrintStream sink = logFile.isPresent()
                ? new PrintStream(Files.newOutputStream(logFile.get()), true, StandardCharsets.UTF_8)
                : System.out;
        OutputWatch watch = new OutputWatch(source, sink);
        Thread thread = new Thread(watch, "payara-output");
        thread.setDaemon(true);
        thread.start();
        return watch;
    }

    boolean deploymentFailed() {
        return deploymentFailed;
    }

    @Override
    public void run() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.contains(DEPLOYMENT_FAILED)) {
                    deploymentFailed = true;
                }
                sink.println(line);
            }
        } catch (IOException e) {
            // Payara Micro has exited; nothing more to copy.
        } finally {
            sink.flush();
        }
    }
}
