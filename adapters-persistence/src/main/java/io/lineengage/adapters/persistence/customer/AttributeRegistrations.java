package io.lineengage.adapters.persistence.customer;

import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Registers the attributes a write stores, with their values' types; a type registered earlier stays. */
final class AttributeRegistrations {
    private AttributeRegistrations() {}

    static Map<String, AttributeType> typesOf(Collection<Map<String, AttributeValue>> attributeSets) {
        Map<String, AttributeType> types = new TreeMap<>();
        attributeSets.forEach(attributes -> attributes.forEach((name, value) -> types.putIfAbsent(name, value.type())));
        return types;
    }

    /**
     * Registers the types of values being stored, in the write's transaction; a value whose attribute another write
     * registered with another type just before is refused (the whole write rolls back), never stored mistyped.
     */
    static void registerMissing(Handle handle, OrgId orgId, Map<String, AttributeType> types) {
        if (types.isEmpty()) {
            return;
        }
        insertMissing(handle, orgId, types);
        FieldErrors errors = new FieldErrors();
        handle.createQuery("SELECT name, type FROM customer_attributes WHERE org_id = :orgId AND name = ANY(:names)")
                .bind("orgId", orgId.value())
                .bindArray("names", String.class, types.keySet().toArray())
                .map((rs, ctx) -> Map.entry(rs.getString("name"), AttributeType.valueOf(rs.getString("type"))))
                .forEach(registered -> errors.check(
                        registered.getValue() != types.get(registered.getKey()),
                        "attributes." + registered.getKey(),
                        "is registered as " + registered.getValue()));
        errors.throwIfAny();
    }

    static void insertMissing(Handle handle, OrgId orgId, Map<String, AttributeType> types) {
        if (types.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO customer_attributes (org_id, name, type, created_at) VALUES (:orgId, :name, :type, :at)
                ON CONFLICT (org_id, name) DO NOTHING""");
        Instant now = Instant.now();
        types.forEach((name, type) -> batch.bind("orgId", orgId.value())
                .bind("name", name)
                .bind("type", type.name())
                .bind("at", now)
                .add());
        batch.execute();
    }
}
