package io.lineengage.application.port.out.line;

import io.lineengage.domain.line.LineFailure;
import java.util.List;
import java.util.Objects;

/** What became of one push or multicast call. */
public sealed interface SendOutcome {
    /** LINE accepted the call now. {@code sentMessageIds} are push's message IDs (empty for multicast). */
    record Accepted(String requestId, List<String> sentMessageIds) implements SendOutcome {
        public Accepted {
            sentMessageIds = List.copyOf(sentMessageIds);
        }
    }

    /** LINE had already accepted this retry key (409): the messages went out with that earlier request. */
    record AlreadyAccepted(String acceptedRequestId) implements SendOutcome {}

    record Failed(LineFailure failure) implements SendOutcome {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }

    /** Whether the messages are with LINE: accepted now or before. */
    default boolean delivered() {
        return !(this instanceof Failed);
    }
}
