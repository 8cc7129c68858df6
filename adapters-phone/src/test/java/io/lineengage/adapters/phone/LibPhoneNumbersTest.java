package io.lineengage.adapters.phone;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.customer.PhoneNumbers;
import io.lineengage.domain.market.Market;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LibPhoneNumbersTest {
    private final PhoneNumbers japan = PhoneModule.phoneNumbers(new Market("JP", ZoneId.of("Asia/Tokyo"), "JP"));
    private final PhoneNumbers anywhere = PhoneModule.phoneNumbers(Market.DEFAULT);

    @Test
    void nationalNumbersAreReadInTheMarketsRegion() {
        assertThat(japan.toE164("090-1234-5678")).contains("+819012345678");
        assertThat(japan.toE164("+66 81 234 5678")).contains("+66812345678");
        assertThat(anywhere.toE164("090-1234-5678")).isEmpty();
        assertThat(anywhere.toE164("+81 90 1234 5678")).contains("+819012345678");
    }

    @Test
    void invalidNumbersAreRejected() {
        assertThat(japan.toE164("12")).isEmpty();
        assertThat(japan.toE164("not a number")).isEmpty();
        assertThat(japan.toE164("")).isEmpty();
        assertThat(japan.toE164("+81 90 1234 567890123")).isEmpty();
    }
}
