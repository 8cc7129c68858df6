package io.lineengage.domain.line;

import java.util.List;

/** Why LINE did not do what was asked: the closed set of answers the product reasons about. */
public sealed interface LineFailure {
    /** Whether the same call (with the same retry key) may succeed later: rate limits, 5xx, timeouts, lost connections. */
    boolean retryable();

    /** Whether the channel itself cannot send now (quota used up, credentials refused): fail over, do not retry. */
    default boolean channelUnusable() {
        return false;
    }

    String describe();

    /**
     * Whether LINE may have acted on the call despite the failure (a 5xx, a timeout, a connection lost mid-call): only
     * a retry key tells then. Rate limits and refusals are answered before LINE sends anything.
     */
    default boolean mayHaveBeenSent() {
        return false;
    }

    /** 429 "Too many requests": the channel's rate limit. */
    record RateLimited() implements LineFailure {
        public boolean retryable() {
            return true;
        }

        public String describe() {
            return "rate limited by LINE";
        }
    }

    /** 429 "You have reached your monthly limit.": nothing more goes out of this channel this month. */
    record QuotaExhausted() implements LineFailure {
        public boolean retryable() {
            return false;
        }

        @Override
        public boolean channelUnusable() {
            return true;
        }

        public String describe() {
            return "the channel's monthly message quota is used up";
        }
    }

    /** 400 with LINE's reasons. */
    record InvalidRequest(String message, List<Detail> details) implements LineFailure {
        public InvalidRequest {
            details = List.copyOf(details);
        }

        public boolean retryable() {
            return false;
        }

        public String describe() {
            StringBuilder text = new StringBuilder(message);
            details.forEach(detail ->
                    text.append("; ").append(detail.property()).append(": ").append(detail.message()));
            return text.toString();
        }
    }

    /** One of LINE's reasons: what is wrong ({@code message}) and where ({@code property}). */
    record Detail(String message, String property) {}

    /** 401: the access token (or the channel ID and secret) was refused. */
    record Unauthorized(String message) implements LineFailure {
        public boolean retryable() {
            return false;
        }

        @Override
        public boolean channelUnusable() {
            return true;
        }

        public String describe() {
            return "LINE refused the credentials: " + message;
        }
    }

    /** 403: the channel's plan does not allow this call. */
    record Forbidden(String message) implements LineFailure {
        public boolean retryable() {
            return false;
        }

        @Override
        public boolean channelUnusable() {
            return true;
        }

        public String describe() {
            return "not allowed for this channel: " + message;
        }
    }

    /** 404: no such user (a profile of someone who does not follow), request, or unit. */
    record NotFound(String message) implements LineFailure {
        public boolean retryable() {
            return false;
        }

        public String describe() {
            return "not found at LINE: " + message;
        }
    }

    /** 5xx, or an answer we could not read. */
    record ServerError(int status, String message) implements LineFailure {
        public boolean retryable() {
            return true;
        }

        public String describe() {
            return "LINE answered " + status + ": " + message;
        }

        @Override
        public boolean mayHaveBeenSent() {
            return true;
        }
    }

    /** No answer in time: LINE may or may not have accepted; only a retry with the same key can tell. */
    record Timeout() implements LineFailure {
        public boolean retryable() {
            return true;
        }

        public String describe() {
            return "LINE did not answer in time";
        }

        @Override
        public boolean mayHaveBeenSent() {
            return true;
        }
    }

    /** The connection failed or broke: LINE may have had the request, or not. */
    record Unreachable(String message) implements LineFailure {
        public boolean retryable() {
            return true;
        }

        public String describe() {
            return "LINE could not be reached: " + message;
        }

        @Override
        public boolean mayHaveBeenSent() {
            return true;
        }
    }

    /** No connection was made at all (refused, no such host): LINE never saw the request. */
    record NotConnected(String message) implements LineFailure {
        public boolean retryable() {
            return true;
        }

        public String describe() {
            return "LINE could not be reached: " + message;
        }
    }

    /** 400 "Invalid reply token": the token was used, expired, or never given. */
    record InvalidReplyToken() implements LineFailure {
        public boolean retryable() {
            return false;
        }

        public String describe() {
            return "LINE refused the reply token (used, expired or unknown)";
        }
    }

    /** 422: LINE cannot deliver this (a notification message to a number with no LINE user who agreed to them). */
    record NotDeliverable(String message) implements LineFailure {
        public boolean retryable() {
            return false;
        }

        public String describe() {
            return "LINE cannot deliver it: " + message;
        }
    }
}
