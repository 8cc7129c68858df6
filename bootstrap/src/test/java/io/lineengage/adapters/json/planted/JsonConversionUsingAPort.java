package io.lineengage.adapters.json.planted;

import io.lineengage.application.port.out.template.TemplateRepository;

/** Planted violation: the shared JSON conversion reaching into the application. */
public class JsonConversionUsingAPort {
    private final TemplateRepository templates;

    public JsonConversionUsingAPort(TemplateRepository templates) {
        this.templates = templates;
    }

    public boolean any() {
        return templates != null;
    }
}
