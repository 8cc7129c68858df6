package io.lineengage.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.PriorityClass;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonBodyTest {
    private static JsonBody body(String json, String... fields) throws Exception {
        return JsonBody.of(new ObjectMapper().readTree(json), Set.of(fields));
    }

    @Test
    void anEnumFieldIsReadByItsConstantsNameAndAnUnknownOneIsReportedWithTheChoices() throws Exception {
        JsonBody known = body("{\"priority\":\"BULK\",\"type\":\"DATE\"}", "priority", "type");
        assertThat(known.requiredEnum("priority", PriorityClass.class)).isEqualTo(PriorityClass.BULK);
        assertThat(known.optionalEnum("type", AttributeType.class)).contains(AttributeType.DATE);
        known.validate();

        JsonBody unknown = body("{\"priority\":\"bulk\",\"type\":\"TEXT\"}", "priority", "type", "other");
        assertThat(unknown.requiredEnum("priority", PriorityClass.class)).isNull();
        assertThat(unknown.optionalEnum("type", AttributeType.class)).isEmpty();
        assertThat(unknown.optionalEnum("other", AttributeType.class))
                .as("absent")
                .isEqualTo(Optional.empty());
        assertThatThrownBy(unknown::validate)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        new FieldError("priority", "must be BULK or TRANSACTIONAL"),
                                        new FieldError("type", "must be STRING, NUMBER, BOOLEAN or DATE")));
    }

    @Test
    void aRequiredEnumThatIsMissingIsReportedAsRequired() throws Exception {
        JsonBody missing = body("{}", "priority");
        assertThat(missing.requiredEnum("priority", PriorityClass.class)).isNull();
        assertThatThrownBy(missing::validate)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly(new FieldError("priority", "is required")));
    }
}
