package io.lineengage.application.port.out.customer;

import java.util.Optional;

/** Reads phone numbers as people write them ("090-1234-5678", "+66 81 234 5678") into E.164. */
public interface PhoneNumbers {
    /** The number in E.164, or empty when it is not a valid number (national numbers read in the market's region). */
    Optional<String> toE164(String written);
}
