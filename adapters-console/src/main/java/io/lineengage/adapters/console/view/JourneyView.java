package io.lineengage.adapters.console.view;

import java.util.List;

/**
 * A journey's page: its flow (each step with what it is, how many are at it now, and what its runs came to), its
 * counts, and its definition being edited with the faults at their paths.
 */
public record JourneyView(
        String id,
        String name,
        String status,
        int version,
        String trigger,
        String definition,
        long entered,
        long active,
        long done,
        List<String> exited,
        List<Step> steps,
        List<TemplateForm.Fault> faults,
        List<String> moves) {
    /** One step of the flow. */
    public record Step(int index, String what, long here, List<String> outcomes) {}

    public boolean saved() {
        return !id.isEmpty();
    }
}
