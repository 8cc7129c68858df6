package io.lineengage.adapters.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.lineengage.application.port.out.customer.PhoneNumbers;
import java.util.Optional;

/** Phone numbers by libphonenumber: numbers without a country code are read in the market's region. */
final class LibPhoneNumbers implements PhoneNumbers {
    private final PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
    private final String region;

    LibPhoneNumbers(String region) {
        this.region = region;
    }

    @Override
    public Optional<String> toE164(String written) {
        if (written == null || written.isBlank() || written.length() > 40) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = numbers.parse(written, region);
            return numbers.isValidNumber(number)
                    ? Optional.of(numbers.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
