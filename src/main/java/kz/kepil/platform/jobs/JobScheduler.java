package kz.kepil.platform.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every periodic job every {@code kepil.jobs.seconds} (60 by default), one after another, each in
 * its own transactions; a failing job is logged and tried again next time. {@link #runAll()} runs them
 * at once, for test portals that move the clock.
 */
@ApplicationScoped
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @Any
    Instance<PeriodicJob> jobs;

    @Inject
    @ConfigProperty(name = "kepil.jobs.seconds", defaultValue = "60")
    long seconds;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (seconds > 0) {
            executor.scheduleWithFixedDelay(this::runQuietly, seconds, seconds, TimeUnit.SECONDS);
        }
    }

    private void runQuietly() {
        runAll();
    }

    /** Runs each job once; what each did, by name (-1 for a job that failed). */
    public synchronized Map<String, Integer> runAll() {
        Map<String, Integer> done = new LinkedHashMap<>();
        for (PeriodicJob job : jobs) {
            try {
                done.put(job.name(), job.run());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "job " + job.name() + " failed; it runs again next time", e);
                done.put(job.name(), -1);
            }
        }
        return done;
    }
}
