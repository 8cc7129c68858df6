package io.lineengage.application.port.in.journey;

/** Runs the journey entries whose next step is due, each by one instance. */
public interface RunJourneysUseCase {
    /** Runs what is due now; answers how many entries it took. */
    int runDue();
}
