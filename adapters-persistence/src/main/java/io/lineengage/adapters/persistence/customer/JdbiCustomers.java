package io.lineengage.adapters.persistence.customer;

import io.lineengage.adapters.persistence.postgres.NewestFirst;
import io.lineengage.adapters.persistence.postgres.PostgresErrors;
import io.lineengage.adapters.persistence.postgres.UnnestColumn;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Customers and the org's attribute catalogue in PostgreSQL. */
final class JdbiCustomers implements CustomerRepository, AttributeCatalogue {
    private static final String COLUMNS = CustomerRows.COLUMNS;

    private final Jdbi jdbi;
    // A registered type never changes, so what was read once stays true.
    private final Map<String, Map<String, AttributeType>> catalogues = new ConcurrentHashMap<>();

    JdbiCustomers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Customer> find(OrgId orgId, CustomerId id) {
        return one(orgId, "id = :value", id.value());
    }

    @Override
    public List<Customer> findAll(OrgId orgId, Collection<CustomerId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM customers WHERE org_id = :orgId AND id = ANY(:ids)")
                .bind("orgId", orgId.value())
                .bindArray(
                        "ids",
                        String.class,
                        ids.stream().map(CustomerId::value).distinct().toList())
                .map((rs, ctx) -> customer(rs, catalogueFor(orgId, rs.getString("attributes"))))
                .list());
    }

    @Override
    public Optional<Customer> findByExternalId(OrgId orgId, String externalId) {
        return one(orgId, "external_id = :value", externalId);
    }

    @Override
    public List<Customer> findByMobile(OrgId orgId, String mobile) {
        return many(orgId, "mobile = :value", mobile);
    }

    @Override
    public List<Customer> findByEmail(OrgId orgId, String email) {
        return many(orgId, "email = :value", email);
    }

    private Optional<Customer> one(OrgId orgId, String condition, String value) {
        return many(orgId, condition, value).stream().findFirst();
    }

    private List<Customer> many(OrgId orgId, String condition, String value) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM customers WHERE org_id = :orgId AND " + condition
                                + " ORDER BY created_at, id LIMIT 100")
                .bind("orgId", orgId.value())
                .bind("value", value)
                .map((rs, ctx) -> customer(rs, catalogueFor(orgId, rs.getString("attributes"))))
                .list());
    }

    private static Customer customer(ResultSet rs, Map<String, AttributeType> catalogue) throws SQLException {
        return CustomerRows.read(rs, catalogue);
    }

    @Override
    public void saveAll(List<Customer> customers) {
        if (customers.isEmpty()) {
            return;
        }
        try {
            jdbi.useTransaction(handle -> {
                for (Customer customer : customers) {
                    AttributeRegistrations.registerMissing(
                            handle, customer.orgId(), AttributeRegistrations.typesOf(List.of(customer.attributes())));
                }
                // One statement for the batch (columns bound as arrays; a row's tags as an array literal): no
                // per-row binding. Of one customer given twice the last counts, as when saved one after the other.
                Map<String, Customer> last = new LinkedHashMap<>();
                customers.forEach(customer -> last.put(customer.id().value(), customer));
                List<Customer> rows = List.copyOf(last.values());
                handle.createUpdate("""
                                INSERT INTO customers (id, org_id, external_id, name, mobile, email, attributes, tags,
                                    kind, created_at, updated_at)
                                SELECT c.id, c.org_id, c.external_id, c.name, c.mobile, c.email,
                                    CAST(c.attributes AS jsonb), CAST(c.tags AS text[]), c.kind, c.created_at,
                                    c.updated_at
                                FROM unnest(CAST(:ids AS text[]), CAST(:orgIds AS text[]), CAST(:externalIds AS text[]),
                                    CAST(:names AS text[]), CAST(:mobiles AS text[]), CAST(:emails AS text[]),
                                    CAST(:attributes AS text[]), CAST(:tags AS text[]), CAST(:kinds AS text[]),
                                    CAST(:createdAts AS timestamptz[]), CAST(:updatedAts AS timestamptz[]))
                                    WITH ORDINALITY AS c (id, org_id, external_id, name, mobile, email, attributes,
                                        tags, kind, created_at, updated_at, i)
                                ORDER BY c.i
                                ON CONFLICT (id) DO UPDATE SET external_id = EXCLUDED.external_id,
                                    name = EXCLUDED.name, mobile = EXCLUDED.mobile, email = EXCLUDED.email,
                                    attributes = EXCLUDED.attributes, tags = EXCLUDED.tags, kind = EXCLUDED.kind,
                                    updated_at = EXCLUDED.updated_at
                                WHERE customers.org_id = EXCLUDED.org_id""")
                        .bindArray("ids", String.class, UnnestColumn.of(rows, c -> c.id().value()))
                        .bindArray(
                                "orgIds",
                                String.class,
                                UnnestColumn.of(rows, c -> c.orgId().value()))
                        .bindArray(
                                "externalIds",
                                String.class,
                                UnnestColumn.of(rows, c -> c.externalId().orElse(null)))
                        .bindArray(
                                "names",
                                String.class,
                                UnnestColumn.of(rows, c -> c.name().orElse(null)))
                        .bindArray(
                                "mobiles",
                                String.class,
                                UnnestColumn.of(rows, c -> c.mobile().orElse(null)))
                        .bindArray(
                                "emails",
                                String.class,
                                UnnestColumn.of(rows, c -> c.email().orElse(null)))
                        .bindArray(
                                "attributes",
                                String.class,
                                UnnestColumn.of(rows, c -> AttributeJson.write(c.attributes())))
                        .bindArray("tags", String.class, UnnestColumn.of(rows, c -> TextArrays.literal(c.tags())))
                        .bindArray(
                                "kinds",
                                String.class,
                                UnnestColumn.of(rows, c -> c.kind().name()))
                        .bindArray(
                                "createdAts",
                                String.class,
                                UnnestColumn.of(rows, c -> c.createdAt().toString()))
                        .bindArray(
                                "updatedAts",
                                String.class,
                                UnnestColumn.of(rows, c -> c.updatedAt().toString()))
                        .execute();
            });
        } catch (RuntimeException e) {
            if (PostgresErrors.isUniqueViolation(e)) {
                throw new ConflictException("an external ID is already another customer's");
            }
            throw e;
        }
    }

    @Override
    public void merge(OrgId orgId, CustomerId merged, CustomerId into) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO customer_merges (merged_id, org_id, into_id, merged_at) VALUES (:merged, :orgId, :into, now())
                            ON CONFLICT (merged_id) DO UPDATE SET into_id = EXCLUDED.into_id""")
                    .bind("merged", merged.value())
                    .bind("orgId", orgId.value())
                    .bind("into", into.value())
                    .execute();
            // Earlier merges into the merged profile now forward to the final customer too.
            handle.createUpdate(
                            "UPDATE customer_merges SET into_id = :into WHERE org_id = :orgId AND into_id = :merged")
                    .bind("into", into.value())
                    .bind("orgId", orgId.value())
                    .bind("merged", merged.value())
                    .execute();
            handle.createUpdate("DELETE FROM customers WHERE org_id = :orgId AND id = :merged")
                    .bind("orgId", orgId.value())
                    .bind("merged", merged.value())
                    .execute();
        });
    }

    @Override
    public Optional<CustomerId> mergedInto(OrgId orgId, CustomerId id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT into_id FROM customer_merges WHERE org_id = :orgId AND merged_id = :id")
                .bind("orgId", orgId.value())
                .bind("id", id.value())
                .mapTo(String.class)
                .findOne()
                .map(CustomerId::new));
    }

    @Override
    public Page<Customer> list(OrgId orgId, Optional<String> prefix, PageRequest page) {
        Map<String, Object> binds = new HashMap<>();
        binds.put("orgId", orgId.value());
        prefix.ifPresent(text -> {
            binds.put("prefix", likePrefix(text));
            binds.put("lowerPrefix", likePrefix(text.toLowerCase(Locale.ROOT)));
        });
        return jdbi.withHandle(handle -> NewestFirst.page(
                handle,
                "customers",
                "SELECT " + COLUMNS + " FROM customers",
                "org_id = :orgId"
                        + (prefix.isPresent()
                                ? " AND (external_id LIKE :prefix OR lower(name) LIKE :lowerPrefix)"
                                : ""),
                binds,
                page,
                (rs, ctx) -> customer(rs, catalogueFor(orgId, rs.getString("attributes"))),
                c -> c.id().value()));
    }

    /** {@code text} as a LIKE pattern matching what starts with it: its own % and _ match only themselves. */
    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The catalogue, read again when the stored attributes name one it does not know yet (registered by another
     * instance, or through another adapter object).
     */
    private Map<String, AttributeType> catalogueFor(OrgId orgId, String attributesJson) {
        Map<String, AttributeType> known =
                catalogues.computeIfAbsent(orgId.value(), org -> new ConcurrentHashMap<>(read(orgId)));
        for (String name : AttributeJson.names(attributesJson)) {
            if (!known.containsKey(name)) {
                known.putAll(read(orgId));
                break;
            }
        }
        return known;
    }

    @Override
    public Map<String, AttributeType> all(OrgId orgId) {
        // Read afresh: writes register attributes in their own transactions (and other instances retype them).
        Map<String, AttributeType> types = read(orgId);
        catalogues.put(orgId.value(), new ConcurrentHashMap<>(types));
        return types;
    }

    private Map<String, AttributeType> read(OrgId orgId) {
        Map<String, AttributeType> types = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT name, type FROM customer_attributes WHERE org_id = :orgId")
                .bind("orgId", orgId.value())
                .map((rs, ctx) -> Map.entry(rs.getString("name"), AttributeType.valueOf(rs.getString("type"))))
                .forEach(entry -> types.put(entry.getKey(), entry.getValue())));
        return types;
    }

    @Override
    public Map<String, AttributeType> register(OrgId orgId, Map<String, AttributeType> types) {
        Map<String, AttributeType> known = new HashMap<>(all(orgId));
        if (!known.keySet().containsAll(types.keySet())) {
            jdbi.useHandle(handle -> AttributeRegistrations.insertMissing(handle, orgId, types));
            known.putAll(all(orgId));
        }
        Map<String, AttributeType> effective = new HashMap<>();
        types.keySet().forEach(name -> effective.put(name, known.get(name)));
        return effective;
    }

    @Override
    public Change retype(OrgId orgId, String name, AttributeType type) {
        return change(
                orgId,
                name,
                handle -> handle.createUpdate(
                                "UPDATE customer_attributes SET type = :type WHERE org_id = :orgId AND name = :name")
                        .bind("orgId", orgId.value())
                        .bind("name", name)
                        .bind("type", type.name())
                        .execute());
    }

    @Override
    public Change remove(OrgId orgId, String name) {
        return change(
                orgId,
                name,
                handle -> handle.createUpdate("DELETE FROM customer_attributes WHERE org_id = :orgId AND name = :name")
                        .bind("orgId", orgId.value())
                        .bind("name", name)
                        .execute());
    }

    /** {@code apply} to the attribute's row (locked), done only where no customer of the org holds a value of it. */
    private Change change(OrgId orgId, String name, Consumer<Handle> apply) {
        return jdbi.inTransaction(handle -> {
            boolean known = handle.createQuery("""
                            SELECT 1 FROM customer_attributes WHERE org_id = :orgId AND name = :name FOR UPDATE""")
                    .bind("orgId", orgId.value())
                    .bind("name", name)
                    .mapTo(Integer.class)
                    .findOne()
                    .isPresent();
            if (!known) {
                return Change.UNKNOWN;
            }
            boolean held = handle.createQuery("""
                            SELECT 1 FROM customers WHERE org_id = :orgId AND jsonb_exists(attributes, :name) LIMIT 1""")
                    .bind("orgId", orgId.value())
                    .bind("name", name)
                    .mapTo(Integer.class)
                    .findOne()
                    .isPresent();
            if (held) {
                return Change.VALUES_HELD;
            }
            apply.accept(handle);
            catalogues.remove(orgId.value());
            return Change.DONE;
        });
    }
}
