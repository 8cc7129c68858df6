package io.lineengage.application.port.out.job;

/** Tells whoever runs jobs that one was started, so it need not wait for its next look. */
public interface JobSignal {
    void jobStarted();
}
