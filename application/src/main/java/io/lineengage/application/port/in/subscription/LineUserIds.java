package io.lineengage.application.port.in.subscription;

import io.lineengage.domain.error.FieldErrors;
import java.util.regex.Pattern;

/** LINE user IDs look like {@code U} and 32 hex digits; anything else is a caller's mistake. */
public final class LineUserIds {
    private static final Pattern USER_ID = Pattern.compile("U[0-9a-f]{32}");

    private LineUserIds() {}

    public static boolean isValid(String lineUserId) {
        return lineUserId != null && USER_ID.matcher(lineUserId).matches();
    }

    public static void check(String lineUserId, String field, FieldErrors errors) {
        errors.check(!isValid(lineUserId), field, "must be a LINE user ID: U followed by 32 hex digits");
    }
}
