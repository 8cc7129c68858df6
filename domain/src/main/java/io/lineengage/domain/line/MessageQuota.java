package io.lineengage.domain.line;

import java.util.OptionalLong;

/** This month's message quota of a channel: its limit (none for unlimited plans) and what is used. */
public record MessageQuota(OptionalLong limit, long used) {
    public MessageQuota {
        limit = limit == null ? OptionalLong.empty() : limit;
    }

    /** Messages still allowed this month; empty when the plan has no limit. */
    public OptionalLong remaining() {
        return limit.isPresent() ? OptionalLong.of(Math.max(0, limit.getAsLong() - used)) : OptionalLong.empty();
    }
}
