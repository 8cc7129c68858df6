package io.lineengage.adapters.http.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lineengage.adapters.http.web.JsonBody;
import io.lineengage.application.port.in.customer.ImportCustomersUseCase.Row;
import io.lineengage.application.port.in.customer.UpsertCustomerCommand;
import io.lineengage.domain.customer.RawValue;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.text.StoredText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An import body read row by row, never whole: CSV with a header row (externalId, name, mobile, email, tags — tags
 * separated by "|" — and any other column an attribute, with or without an "attributes." prefix), or NDJSON with one
 * customer object per line (the fields of POST /api/v1/customers). An empty CSV cell leaves the field as it is.
 */
final class ImportRows {
    private static final Set<String> KNOWN_COLUMNS = Set.of("externalId", "name", "mobile", "email", "tags");
    /** The known columns and up to a customer's 100 attributes, with room for columns left empty. */
    static final int MAX_COLUMNS = 200;

    private ImportRows() {}

    static Iterator<Row> csv(OrgId orgId, InputStream body) {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
        CSVParser parser;
        try {
            parser = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setTrim(true)
                    .setIgnoreEmptyLines(true)
                    .get()
                    .parse(reader);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return List.<Row>of(new Row.Unreadable(1, "the header row cannot be read: " + e.getMessage()))
                    .iterator();
        }
        List<String> header = parser.getHeaderNames();
        if (header.size() > MAX_COLUMNS) {
            return List.<Row>of(new Row.Unreadable(
                            1, "the header row has " + header.size() + " columns, at most " + MAX_COLUMNS))
                    .iterator();
        }
        Optional<String> headerFault =
                header.stream().map(StoredText::fault).flatMap(Optional::stream).findFirst();
        if (headerFault.isPresent()) {
            return List.<Row>of(new Row.Unreadable(1, "a column name " + headerFault.get()))
                    .iterator();
        }
        if (!header.contains("externalId")) {
            return List.<Row>of(new Row.Unreadable(1, "the header row has no externalId column"))
                    .iterator();
        }
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private boolean broken;

            @Override
            public boolean hasNext() {
                try {
                    return !broken && records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    broken = true;
                    return true;
                }
            }

            @Override
            public Row next() {
                if (broken) {
                    broken = true;
                    return new Row.Unreadable(parser.getCurrentLineNumber(), "the file cannot be read on from here");
                }
                CSVRecord record;
                try {
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    broken = true;
                    return new Row.Unreadable(
                            parser.getCurrentLineNumber(), "the file cannot be read on from here: " + e.getMessage());
                }
                long line = record.getRecordNumber() + 1;
                if (record.size() != header.size()) {
                    return new Row.Unreadable(
                            line, "the row has " + record.size() + " fields; the header has " + header.size());
                }
                for (String column : header) {
                    Optional<String> fault = StoredText.fault(record.get(column));
                    if (fault.isPresent()) {
                        return new Row.Unreadable(line, column + " " + fault.get());
                    }
                }
                Map<String, RawValue> attributes = new LinkedHashMap<>();
                for (String column : header) {
                    String value = record.get(column);
                    if (!KNOWN_COLUMNS.contains(column) && !value.isEmpty()) {
                        String name =
                                column.startsWith("attributes.") ? column.substring("attributes.".length()) : column;
                        attributes.put(name, new RawValue.Str(value, true));
                    }
                }
                Optional<Set<String>> tags = cell(record, "tags")
                        .map(text -> Arrays.stream(text.split("\\|"))
                                .map(String::strip)
                                .filter(tag -> !tag.isEmpty())
                                .collect(Collectors.toCollection(LinkedHashSet::new)));
                try {
                    return new Row.Customer(new UpsertCustomerCommand(
                            orgId,
                            line,
                            record.get("externalId"),
                            cell(record, "name"),
                            cell(record, "mobile"),
                            cell(record, "email"),
                            attributes,
                            tags));
                } catch (ValidationException e) {
                    return new Row.Unreadable(line, e.getMessage());
                }
            }
        };
    }

    private static Optional<String> cell(CSVRecord record, String column) {
        return record.isMapped(column)
                ? Optional.of(record.get(column)).filter(text -> !text.isEmpty())
                : Optional.empty();
    }

    static Iterator<Row> ndjson(OrgId orgId, InputStream body, ObjectMapper json) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        return new Iterator<>() {
            private long number;
            private String nextLine = advance();

            private String advance() {
                try {
                    String line;
                    do {
                        line = lines.readLine();
                        number++;
                    } while (line != null && line.isBlank());
                    return line;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return nextLine != null;
            }

            @Override
            public Row next() {
                if (nextLine == null) {
                    throw new NoSuchElementException();
                }
                String line = nextLine;
                long lineNumber = number;
                nextLine = advance();
                try {
                    JsonNode node = json.readTree(line);
                    return new Row.Customer(
                            CustomerJson.command(orgId, lineNumber, JsonBody.of(node, CustomerJson.FIELDS)));
                } catch (IOException e) {
                    return new Row.Unreadable(lineNumber, "not a JSON object");
                } catch (ValidationException e) {
                    return new Row.Unreadable(lineNumber, e.getMessage());
                }
            }
        };
    }
}
