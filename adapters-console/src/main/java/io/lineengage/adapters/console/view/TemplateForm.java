package io.lineengage.adapters.console.view;

import java.util.List;

/**
 * The template editor: what is being edited (saved or not), LINE's JSON as text, the faults at their paths, and the
 * choices for the preview.
 */
public record TemplateForm(
        String id,
        String name,
        String messages,
        boolean notificationDisabled,
        boolean trackClicks,
        List<Fault> faults,
        String notice,
        List<Rows.Choice> accounts) {
    /** One fault: where (a path such as messages[0].text) and what. */
    public record Fault(String path, String message) {}

    public boolean saved() {
        return !id.isEmpty();
    }
}
