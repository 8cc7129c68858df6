package io.lineengage.application.port.out.customer;

import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.org.OrgId;
import java.util.Map;

/** The org's customer attributes and their types. */
public interface AttributeCatalogue {
    Map<String, AttributeType> all(OrgId orgId);

    /**
     * Registers the attributes not yet known with the given types and answers the types now in force for all of
     * them: a type registered earlier (even by a concurrent writer) wins.
     */
    Map<String, AttributeType> register(OrgId orgId, Map<String, AttributeType> types);

    /** Gives a registered attribute another type, unless a customer holds a value of it. */
    Change retype(OrgId orgId, String name, AttributeType type);

    /** Forgets a registered attribute, unless a customer holds a value of it. */
    Change remove(OrgId orgId, String name);

    /** What became of a retype or a removal. */
    enum Change {
        DONE,
        UNKNOWN,
        VALUES_HELD
    }
}
