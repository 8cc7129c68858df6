package io.lineengage.domain.journey;

import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.template.TemplateId;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** One step of a journey, run in order. */
public sealed interface Step {
    /** Sends the template: by reply while the triggering event's token is valid, else by push. */
    record Send(TemplateId templateId) implements Step {
        public Send {
            Objects.requireNonNull(templateId, "templateId");
        }
    }

    /** Waits a duration, or until the next time of day in the org's time zone. */
    record Wait(Optional<Duration> duration, Optional<LocalTime> until) implements Step {
        public Wait {
            if (duration.isPresent() == until.isPresent()) {
                throw new IllegalArgumentException("a wait has a duration or a time of day");
            }
        }
    }

    /**
     * Goes on when the customer matches {@code filter} now (the audience language), else to step {@code otherwise}
     * (an index), or ends when it is empty.
     */
    record Branch(JsonLike filter, Optional<Integer> otherwise) implements Step {
        public Branch {
            Objects.requireNonNull(filter, "filter");
        }
    }

    /** Adds or removes a tag of the customer. */
    record Tag(String tag, boolean add) implements Step {
        public Tag {
            Objects.requireNonNull(tag, "tag");
        }
    }

    /** Sets an attribute of the customer. */
    record SetAttribute(String name, AttributeValue value) implements Step {
        public SetAttribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Ends the entry. */
    record End() implements Step {}
}
