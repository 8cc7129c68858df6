package io.lineengage.domain.job;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A follower backfill (the one kind of job so far): pages through an account's follower IDs, remembering where it
 * is ({@code cursor}), how far it got ({@code done}) of how many ({@code total}, when LINE tells).
 */
public record Job(
        JobId id,
        OrgId orgId,
        String kind,
        LineAccountId accountId,
        State state,
        long done,
        OptionalLong total,
        Optional<String> cursor,
        Optional<String> error,
        Instant startedAt,
        Instant updatedAt,
        Optional<Instant> finishedAt) {
    public static final String FOLLOWER_BACKFILL = "FOLLOWER_BACKFILL";

    public enum State {
        RUNNING,
        COMPLETED,
        FAILED
    }

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(state, "state");
        total = total == null ? OptionalLong.empty() : total;
        cursor = cursor == null ? Optional.empty() : cursor;
        error = error == null ? Optional.empty() : error;
        finishedAt = finishedAt == null ? Optional.empty() : finishedAt;
    }

    public static Job followerBackfill(OrgId orgId, LineAccountId accountId, Instant now) {
        return new Job(
                JobId.generate(),
                orgId,
                FOLLOWER_BACKFILL,
                accountId,
                State.RUNNING,
                0,
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty(),
                now,
                now,
                Optional.empty());
    }

    public Job progressed(long moreDone, Optional<String> next, OptionalLong knownTotal, Instant now) {
        return new Job(
                id,
                orgId,
                kind,
                accountId,
                state,
                done + moreDone,
                knownTotal.isPresent() ? knownTotal : total,
                next,
                error,
                startedAt,
                now,
                finishedAt);
    }

    public Job completed(Instant now) {
        return new Job(
                id,
                orgId,
                kind,
                accountId,
                State.COMPLETED,
                done,
                OptionalLong.of(done),
                Optional.empty(),
                error,
                startedAt,
                now,
                Optional.of(now));
    }

    public Job failed(String reason, Instant now) {
        return new Job(
                id,
                orgId,
                kind,
                accountId,
                State.FAILED,
                done,
                total,
                cursor,
                Optional.of(reason),
                startedAt,
                now,
                Optional.of(now));
    }
}
