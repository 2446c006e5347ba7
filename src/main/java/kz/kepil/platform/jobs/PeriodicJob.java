package kz.kepil.platform.jobs;

/**
 * Work the portal does on its own, on a timer: deadlines that pass, queues that move, messages that
 * wait to be sent. Each run does what is due at the portal's clock and says how many things it did.
 * A job must be safe to run twice at once and on several instances (it locks what it changes).
 */
public interface PeriodicJob {

    String name();

    int run();
}
