package io.lineengage.adapters.line.messaging;

import com.linecorp.bot.client.base.LineClientJsonParseException;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import io.lineengage.domain.line.LineFailure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/** Reads what LINE answered (a status and its message, or an SDK exception) as a {@link LineFailure}. */
final class LineAnswers {
    private LineAnswers() {}

    static LineFailure failure(int status, String message, String oauthError, List<LineFailure.Detail> details) {
        return switch (status) {
            case 400 ->
                message.equalsIgnoreCase("Invalid reply token")
                        ? new LineFailure.InvalidReplyToken()
                        : "invalid_client".equals(oauthError)
                                ? new LineFailure.Unauthorized("LINE refused the channel ID or secret: " + message)
                                : new LineFailure.InvalidRequest(message, details);
            case 401 -> new LineFailure.Unauthorized(message);
            case 403 -> new LineFailure.Forbidden(message);
            case 404 -> new LineFailure.NotFound(message);
            case 422 -> new LineFailure.NotDeliverable(message);
            case 413 -> new LineFailure.InvalidRequest("the request is larger than LINE accepts", details);
            // LINE answers 429 both for its rate limit and for the monthly quota; only the message tells them apart.
            case 429 ->
                message.toLowerCase(Locale.ROOT).contains("monthly limit")
                        ? new LineFailure.QuotaExhausted()
                        : new LineFailure.RateLimited();
            default ->
                status >= 500
                        ? new LineFailure.ServerError(status, message)
                        : new LineFailure.InvalidRequest("LINE answered " + status + ": " + message, details);
        };
    }

    /** The failure an SDK call ended in; the SDK reports LINE's errors and lost connections as exceptions. */
    static LineFailure failure(Throwable error) {
        if (error instanceof MessagingApiClientException line) {
            List<LineFailure.Detail> details = line.getDetails() == null
                    ? List.of()
                    : line.getDetails().stream()
                            .map(detail -> new LineFailure.Detail(
                                    String.valueOf(detail.message()), String.valueOf(detail.property())))
                            .toList();
            return failure(line.getCode(), line.getError() == null ? "" : line.getError(), "", details);
        }
        if (error instanceof LineClientJsonParseException parse) {
            return new LineFailure.ServerError(parse.getCode(), "LINE's answer could not be read");
        }
        if (error instanceof AbstractLineClientException line) {
            return failure(line.getCode(), String.valueOf(line.getMessage()), "", List.of());
        }
        if (error instanceof InterruptedIOException) {
            return new LineFailure.Timeout();
        }
        if (error instanceof ConnectException || error instanceof UnknownHostException) {
            return new LineFailure.NotConnected(error.toString());
        }
        if (error instanceof IOException) {
            return new LineFailure.Unreachable(error.toString());
        }
        return new LineFailure.Unreachable("unexpected: " + error);
    }
}
