package io.lineengage.domain.planted;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Planted violation: a framework type in the domain. */
public class DomainUsingJackson {
    public ObjectMapper mapper() {
        return new ObjectMapper();
    }
}
