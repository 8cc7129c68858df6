package io.lineengage.domain.template;

import java.util.Objects;
import java.util.UUID;

public record TemplateId(String value) {
    public TemplateId {
        Objects.requireNonNull(value, "value");
    }

    public static TemplateId generate() {
        return new TemplateId("tpl_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
