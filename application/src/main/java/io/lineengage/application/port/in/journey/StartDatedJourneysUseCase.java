package io.lineengage.application.port.in.journey;

/** Starts the journeys of a date (a birthday at 09:00) whose hour has come today in their org's time zone. */
public interface StartDatedJourneysUseCase {
    /** Answers how many customers entered. */
    int startDue();
}
