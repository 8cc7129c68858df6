package io.lineengage.adapters.http.audience;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.customer.CustomerJson;
import io.lineengage.adapters.http.web.ApiAuthentication;
import io.lineengage.adapters.http.web.JsonBody;
import io.lineengage.adapters.http.web.Pagination;
import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.application.port.in.audience.AudiencesUseCase;
import io.lineengage.application.port.in.audience.CustomerListsUseCase;
import io.lineengage.domain.audience.Audience;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.audience.CustomerList;
import io.lineengage.domain.audience.Op;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.text.StoredText;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Saved audiences, previews, the filterable fields, and uploaded customer lists. */
final class AudienceRoutes extends Plugin<Void> {
    private static final Set<String> HEADERS = Set.of("id", "customerid", "externalid", "customer_id", "external_id");

    private final ObjectMapper json;
    private final AudiencesUseCase audiences;
    private final CustomerListsUseCase lists;

    AudienceRoutes(ObjectMapper json, AudiencesUseCase audiences, CustomerListsUseCase lists) {
        this.json = json;
        this.audiences = audiences;
        this.lists = lists;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.get("/api/v1/audiences/fields", this::fields);
        state.routes.post("/api/v1/audiences/preview", pointingToTheFields(this::previewFilter));
        state.routes.post("/api/v1/audiences", pointingToTheFields(this::create));
        state.routes.get(
                "/api/v1/audiences",
                ctx -> ctx.json(Pagination.body(
                        audiences.list(ApiAuthentication.orgOf(ctx), Pagination.request(ctx)), this::body)));
        state.routes.get(
                "/api/v1/audiences/{id}", ctx -> ctx.json(body(audiences.get(ApiAuthentication.orgOf(ctx), id(ctx)))));
        state.routes.put("/api/v1/audiences/{id}", pointingToTheFields(this::update));
        state.routes.delete("/api/v1/audiences/{id}", ctx -> {
            audiences.delete(ApiAuthentication.orgOf(ctx), id(ctx));
            ctx.status(204);
        });
        state.routes.get(
                "/api/v1/audiences/{id}/preview",
                ctx -> ctx.json(preview(audiences.preview(
                        ApiAuthentication.orgOf(ctx), id(ctx), sampleSize(ctx.queryParam("sampleSize"))))));
        state.routes.post("/api/v1/customer-lists", this::upload);
        state.routes.get(
                "/api/v1/customer-lists",
                ctx -> ctx.json(Pagination.body(
                        lists.list(ApiAuthentication.orgOf(ctx), Pagination.request(ctx)), AudienceRoutes::list)));
        state.routes.get(
                "/api/v1/customer-lists/{id}",
                ctx -> ctx.json(list(lists.get(ApiAuthentication.orgOf(ctx), ctx.pathParam("id")))));
    }

    /** A filter naming a field nobody has learns where the known ones are listed (the domain knows no routes). */
    private static Handler pointingToTheFields(Handler route) {
        return ctx -> {
            try {
                route.handle(ctx);
            } catch (ValidationException e) {
                throw new ValidationException(e.errors().stream()
                        .map(error -> error.message().startsWith("unknown ")
                                ? new FieldError(
                                        error.field(), error.message() + "; GET /api/v1/audiences/fields lists them")
                                : error)
                        .toList());
            }
        };
    }

    private void create(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, Set.of("name", "filter"));
        String name = body.requiredText("name");
        JsonLike filter = body.requiredJson("filter", "a filter of conditions");
        body.validate();
        Audience audience = audiences.create(org, name, filter);
        ctx.status(201).header("Location", "/api/v1/audiences/" + audience.id()).json(body(audience));
    }

    private void update(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, Set.of("name", "filter"));
        Optional<String> name = Optional.ofNullable(body.optionalText("name"));
        Optional<JsonLike> filter = body.optionalJson("filter");
        if (name.isEmpty() && filter.isEmpty()) {
            body.reject("name", "name or filter is required");
        }
        body.validate();
        ctx.json(body(audiences.update(org, id(ctx), name, filter)));
    }

    private void previewFilter(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, Set.of("filter", "sampleSize"));
        JsonLike filter = body.requiredJson("filter", "a filter of conditions");
        int sampleSize = body.optionalInt("sampleSize", "a whole number from 0 to " + AudiencesUseCase.MAX_SAMPLE)
                .orElse(AudiencesUseCase.DEFAULT_SAMPLE);
        body.validate();
        ctx.json(preview(audiences.preview(org, filter, sampleSize)));
    }

    private void fields(Context ctx) {
        ctx.json(Map.of(
                "items",
                audiences.fields(ApiAuthentication.orgOf(ctx)).stream()
                        .map(field -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("field", field.field());
                            item.put("type", field.type());
                            item.put("ops", field.ops().stream().map(Op::json).toList());
                            item.put("account", field.account().name());
                            if (!field.values().isEmpty()) {
                                item.put("values", field.values());
                            }
                            return item;
                        })
                        .toList()));
    }

    private void upload(Context ctx) throws IOException {
        OrgId org = ApiAuthentication.orgOf(ctx);
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw ValidationException.of("name", "is required (?name=)");
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/csv") && !type.startsWith("text/plain")) {
            throw ValidationException.of("Content-Type", "must be text/csv: one customer ID or external ID per row");
        }
        try (Reader reader = new InputStreamReader(ctx.bodyInputStream(), StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT
                        .builder()
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .get()
                        .parse(reader)) {
            Iterator<CSVRecord> records = csv.iterator();
            Iterator<String> references = new Iterator<>() {
                private boolean first = true;

                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public String next() {
                    CSVRecord record = records.next();
                    String value = record.get(0);
                    // Nothing is stored until every row is read: a row no ID can match refuses the whole upload.
                    StoredText.fault(value).ifPresent(fault -> {
                        throw ValidationException.of("file", "row " + record.getRecordNumber() + " " + fault);
                    });
                    // A header row naming the column is not a reference.
                    if (first) {
                        first = false;
                        if (HEADERS.contains(value.toLowerCase(Locale.ROOT))) {
                            return "";
                        }
                    }
                    return value;
                }
            };
            CustomerListsUseCase.Upload upload;
            try {
                upload = lists.upload(org, name, references);
            } catch (UncheckedIOException e) {
                throw ValidationException.of("file", "is not readable CSV: " + e.getMessage());
            }
            Map<String, Object> answer = list(upload.list());
            answer.put("unknownCount", upload.unknownCount());
            answer.put("unknown", upload.unknown());
            ctx.status(201)
                    .header(
                            "Location",
                            "/api/v1/customer-lists/" + upload.list().id())
                    .json(answer);
        }
    }

    private static int sampleSize(String text) {
        if (text == null) {
            return AudiencesUseCase.DEFAULT_SAMPLE;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ValidationException.of(
                    "sampleSize", "must be a whole number from 0 to " + AudiencesUseCase.MAX_SAMPLE);
        }
    }

    private static AudienceId id(Context ctx) {
        return new AudienceId(ctx.pathParam("id"));
    }

    private Map<String, Object> body(Audience audience) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", audience.id().value());
        body.put("name", audience.name());
        body.put("filter", JsonLikeJackson.node(audience.filter()));
        body.put("createdAt", audience.createdAt());
        body.put("updatedAt", audience.updatedAt());
        return body;
    }

    private static Map<String, Object> preview(AudiencesUseCase.Preview preview) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", preview.count());
        body.put("sample", preview.sample().stream().map(CustomerJson::body).toList());
        body.put("evaluatedAt", preview.evaluatedAt());
        return body;
    }

    private static Map<String, Object> list(CustomerList list) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", list.id());
        body.put("name", list.name());
        body.put("size", list.size());
        body.put("createdAt", list.createdAt());
        return body;
    }
}
