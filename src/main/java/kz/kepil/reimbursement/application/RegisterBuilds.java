package kz.kepil.reimbursement.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.kepil.platform.jobs.PeriodicJob;
import kz.kepil.reimbursement.domain.RegisterStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Large payment registers are built by a batch job ({@link RegisterBuildJobs}), chunk by chunk: a register
 * over at least {@code kepil.reimbursement.batch-threshold} READY claims is created BUILDING by
 * {@link Registers} and its job started once that is committed ({@link #build}); smaller ones are built at
 * once, in the request. A build that stopped — its job failed, or the portal went down under it — is started
 * again when the portal starts and on the portal's schedule, once no chunk was written for
 * {@code kepil.reimbursement.batch-stale}: restarted from its checkpoint where this portal's batch runtime
 * knows the execution, else started afresh; either way it continues after the last chunk written.
 */
@ApplicationScoped
public class RegisterBuilds implements PeriodicJob {

    private static final Logger LOG = Logger.getLogger(RegisterBuilds.class.getName());

    /** How a register is built, as a request may ask on a test portal; null: the portal's settings. */
    public record Options(Integer threshold, Integer chunkSize, Integer failAfterChunks) {
        public static final Options DEFAULT = new Options(null, null, null);
    }

    @Inject
    Registers registers;

    @Inject
    RegisterBuildSteps steps;

    @Inject
    RegisterBuildJobs jobs;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "kepil.reimbursement.batch-threshold", defaultValue = "5000")
    int threshold;

    @Inject
    @ConfigProperty(name = "kepil.reimbursement.batch-chunk", defaultValue = "1000")
    int chunkSize;

    @Inject
    @ConfigProperty(name = "kepil.reimbursement.batch-stale", defaultValue = "PT1M")
    Duration stale;

    /** The READY claims from which a register is built by the batch job. */
    public int threshold(Options options) {
        int t = options.threshold() != null ? options.threshold() : threshold;
        return Math.max(1, t);
    }

    /** Lines per chunk, each chunk its own transaction; the audit event of a chunk names its claims, so at most 5000. */
    public int chunkSize(Options options) {
        int c = options.chunkSize() != null ? options.chunkSize() : chunkSize;
        return Math.max(1, Math.min(5000, c));
    }

    /**
     * A finance officer asks for a register ({@link Registers#create(Registers.Request, Options)}, in its
     * own transaction): one over many claims comes back BUILDING, and its job is started here, after the
     * commit and outside any transaction — the batch runtime gives each chunk a transaction of its own, which
     * a job started from inside a transactional method could not begin. Should the start fail, the register
     * stays BUILDING and the resumption starts it once it is stale.
     */
    public Registers.Details build(Registers.Request request, Options options) {
        Registers.Details d = registers.create(request, options);
        if (d.register().status() == RegisterStatus.BUILDING) {
            long registerId = d.register().id();
            try {
                long execution = jobs.start(new RegisterBuildJobs.Parameters(registerId, chunkSize(options),
                        options.failAfterChunks() == null ? 0 : options.failAfterChunks()));
                LOG.info(() -> "register " + registerId + ": build started, execution " + execution);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "register " + registerId + ": the build could not be started; it is resumed once stale", e);
            }
        }
        return d;
    }

    /** When the portal starts, builds left BUILDING by its last run go on (once stale: another instance may run them). */
    void portalStarted(@Observes @Initialized(ApplicationScoped.class) Object started) {
        executor.schedule(() -> {
            try {
                resumeInterrupted();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "interrupted register builds were not resumed at start; the schedule tries again", e);
            }
        }, 5, TimeUnit.SECONDS);
    }

    @Override
    public String name() {
        return "register-builds";
    }

    @Override
    public int run() {
        return resumeInterrupted();
    }

    /** Starts again every build that stopped before its register was built; how many. */
    public synchronized int resumeInterrupted() {
        int resumed = 0;
        for (long id : steps.building()) {
            try {
                RegisterBuildSteps.Resumption what = steps.leaseForResumption(id, stale);
                switch (what.kind()) {
                    case RESTART -> {
                        long execution = jobs.restart(what.executionId());
                        LOG.info(() -> "register " + id + ": build restarted from execution " + what.executionId()
                                + " as execution " + execution);
                        resumed++;
                    }
                    case FRESH_START -> {
                        long execution = jobs.start(new RegisterBuildJobs.Parameters(id, chunkSize(Options.DEFAULT), 0));
                        LOG.info(() -> "register " + id + ": build started afresh after its last chunk, execution " + execution);
                        resumed++;
                    }
                    case NOTHING -> {
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "register " + id + ": the build could not be resumed; tried again next time", e);
            }
        }
        return resumed;
    }
}
