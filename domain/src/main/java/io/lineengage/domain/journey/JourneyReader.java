package io.lineengage.domain.journey;

import io.lineengage.domain.campaign.FrequencyCap;
import io.lineengage.domain.campaign.QuietHours;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.template.TemplateId;
import io.lineengage.domain.text.StoredText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a journey's definition from its JSON, naming the path of every fault at once (as templates and filters do):
 *
 * <pre>{"trigger": {"type": "follow" | "keyword" | "postback", ...},
 *  "steps": [{"type": "send" | "wait" | "branch" | "tag" | "attribute" | "end", ...}],
 *  "entry": {"again": "never" | a duration such as "P30D"},
 *  "exit": {"onUnfollow": true, "onOptOut": true, "when": a filter},
 *  "category": "PROMOTIONAL" | "TRANSACTIONAL", "gatewayId": "gw_…", "quietHours": {"start": "21:00", "end": "08:00"}}</pre>
 *
 * Filters (a branch's, the exit's) are only checked to be objects here; the application checks them against the
 * org's field catalogue.
 */
public final class JourneyReader {
    public static final int MAX_STEPS = 50;
    public static final int MAX_KEYWORDS = 50;
    static final Duration LONGEST_WAIT = Duration.ofDays(366);

    private JourneyReader() {}

    public static JourneyDefinition read(JsonLike json, String path) {
        FieldErrors errors = new FieldErrors();
        if (!(json instanceof JsonLike.JObject object)) {
            errors.add(path.isEmpty() ? "body" : path, "must be an object with trigger and steps");
            errors.throwIfAny();
            throw new IllegalStateException();
        }
        Map<String, JsonLike> fields = object.fields();
        Trigger trigger = trigger(fields.get("trigger"), at(path, "trigger"), errors);
        List<Step> steps = steps(fields.get("steps"), at(path, "steps"), errors);
        EntryRules rules = rules(fields.get("entry"), fields.get("exit"), path, errors);
        ConsentCategory category = ConsentCategory.PROMOTIONAL;
        JsonLike categoryJson = fields.get("category");
        if (categoryJson != null && !(categoryJson instanceof JsonLike.JNull)) {
            String text = text(categoryJson);
            if ("TRANSACTIONAL".equals(text) || "PROMOTIONAL".equals(text)) {
                category = ConsentCategory.valueOf(text);
            } else {
                errors.add(at(path, "category"), "must be PROMOTIONAL or TRANSACTIONAL");
            }
        }
        Optional<GatewayId> gateway = Optional.empty();
        JsonLike gatewayJson = fields.get("gatewayId");
        if (gatewayJson != null && !(gatewayJson instanceof JsonLike.JNull)) {
            String text = text(gatewayJson);
            if (text == null || text.isBlank() || StoredText.fault(text).isPresent()) {
                errors.add(at(path, "gatewayId"), "must be a gateway ID");
            } else {
                gateway = Optional.of(new GatewayId(text));
            }
        }
        Optional<QuietHours> quiet = quietHours(fields.get("quietHours"), at(path, "quietHours"), errors);
        Optional<FrequencyCap> cap = frequencyCap(fields.get("frequencyCap"), at(path, "frequencyCap"), errors);
        errors.throwIfAny();
        return new JourneyDefinition(trigger, steps, rules, category, gateway, quiet, cap, json);
    }

    private static Trigger trigger(JsonLike json, String path, FieldErrors errors) {
        if (!(json instanceof JsonLike.JObject object)) {
            errors.add(path, "is required: {\"type\": \"follow\" | \"keyword\" | \"postback\" | \"click\"}");
            return new Trigger.Follow(false);
        }
        String type = text(object.fields().get("type"));
        switch (type == null ? "" : type) {
            case "follow" -> {
                return new Trigger.Follow(
                        bool(object.fields().get("includeUnblocks"), path + ".includeUnblocks", errors));
            }
            case "keyword" -> {
                List<String> keywords = new ArrayList<>();
                JsonLike list = object.fields().get("keywords");
                if (!(list instanceof JsonLike.JArray array) || array.items().isEmpty()) {
                    errors.add(path + ".keywords", "must list 1 to " + MAX_KEYWORDS + " keywords");
                } else if (array.items().size() > MAX_KEYWORDS) {
                    errors.add(path + ".keywords", "must list at most " + MAX_KEYWORDS + " keywords");
                } else {
                    for (int i = 0; i < array.items().size(); i++) {
                        String keyword = text(array.items().get(i));
                        if (keyword == null || Keywords.normalized(keyword).isEmpty() || keyword.length() > 100) {
                            errors.add(path + ".keywords[" + i + "]", "must be text of 1 to 100 characters");
                        } else {
                            StoredText.fault(keyword).ifPresent(fault -> errors.add(path + ".keywords", fault));
                            keywords.add(keyword);
                        }
                    }
                }
                String match = text(object.fields().get("match"));
                if (match != null && !match.equals("exact") && !match.equals("contains")) {
                    errors.add(path + ".match", "must be exact or contains");
                }
                return new Trigger.Keyword(keywords, !"contains".equals(match));
            }
            case "postback" -> {
                String data = text(object.fields().get("data"));
                if (data == null || data.isEmpty() || data.length() > 300) {
                    errors.add(path + ".data", "must be the postback's data, 1 to 300 characters");
                    return new Trigger.Postback("");
                }
                StoredText.fault(data).ifPresent(fault -> errors.add(path + ".data", fault));
                return new Trigger.Postback(data);
            }
            case "date" -> {
                String attribute = text(object.fields().get("attribute"));
                JsonLike hour = object.fields().get("hour");
                int at = hour instanceof JsonLike.JNumber number ? index(number.value()) : -1;
                boolean broken = errors.check(
                        attribute == null
                                || attribute.isBlank()
                                || StoredText.fault(attribute).isPresent(),
                        path + ".attribute",
                        "is required: a DATE attribute such as birthday");
                broken |= errors.check(at < 0 || at > 23, path + ".hour", "must be an hour of the day, 0 to 23");
                return broken ? new Trigger.Follow(false) : new Trigger.Date(attribute, at);
            }
            case "click" -> {
                String campaign = text(object.fields().get("campaignId"));
                String template = text(object.fields().get("templateId"));
                if ((campaign == null) == (template == null)) {
                    errors.add(
                            path + ".campaignId",
                            "give campaignId or templateId: the campaign, or the template, whose tracked links start it");
                    return Trigger.Click.ofCampaign("");
                }
                String field = campaign != null ? "campaignId" : "templateId";
                String id = campaign != null ? campaign : template;
                if (id.isBlank() || StoredText.fault(id).isPresent()) {
                    errors.add(path + "." + field, "must be the ID of a " + field.replace("Id", ""));
                }
                return campaign != null ? Trigger.Click.ofCampaign(id) : Trigger.Click.ofTemplate(id);
            }
            default -> {
                errors.add(path + ".type", "must be follow, keyword, postback, click or date");
                return new Trigger.Follow(false);
            }
        }
    }

    private static List<Step> steps(JsonLike json, String path, FieldErrors errors) {
        List<Step> steps = new ArrayList<>();
        if (!(json instanceof JsonLike.JArray array) || array.items().isEmpty()) {
            errors.add(path, "must list 1 to " + MAX_STEPS + " steps");
            return steps;
        }
        if (array.items().size() > MAX_STEPS) {
            errors.add(path, "must list at most " + MAX_STEPS + " steps");
            return steps;
        }
        for (int i = 0; i < array.items().size(); i++) {
            steps.add(step(
                    array.items().get(i), path + "[" + i + "]", array.items().size(), errors));
        }
        return steps;
    }

    private static Step step(JsonLike json, String path, int count, FieldErrors errors) {
        if (!(json instanceof JsonLike.JObject object)) {
            errors.add(path, "must be an object with a type");
            return new Step.End();
        }
        Map<String, JsonLike> fields = object.fields();
        String type = text(fields.get("type"));
        switch (type == null ? "" : type) {
            case "send" -> {
                String template = text(fields.get("templateId"));
                if (template == null
                        || template.isBlank()
                        || StoredText.fault(template).isPresent()) {
                    errors.add(path + ".templateId", "is required: the template to send");
                    return new Step.End();
                }
                return new Step.Send(new TemplateId(template));
            }
            case "wait" -> {
                String duration = text(fields.get("duration"));
                String until = text(fields.get("until"));
                if ((duration == null) == (until == null)) {
                    errors.add(path, "takes a duration (such as PT2H or P2D) or until (a time of day such as 09:00)");
                    return new Step.End();
                }
                if (duration != null) {
                    Optional<Duration> parsed =
                            duration(duration).filter(length -> length.compareTo(LONGEST_WAIT) <= 0);
                    if (parsed.isEmpty()) {
                        errors.add(path + ".duration", "must be a duration such as PT30M, PT2H or P2D, at most P366D");
                        return new Step.End();
                    }
                    return new Step.Wait(parsed, Optional.empty());
                }
                try {
                    return new Step.Wait(Optional.empty(), Optional.of(LocalTime.parse(until)));
                } catch (DateTimeParseException e) {
                    errors.add(path + ".until", "must be a time of day such as 09:00");
                    return new Step.End();
                }
            }
            case "branch" -> {
                JsonLike filter = fields.get("filter");
                if (!(filter instanceof JsonLike.JObject)) {
                    errors.add(path + ".filter", "must be a filter of the audience language");
                    return new Step.End();
                }
                JsonLike otherwise = fields.get("otherwise");
                Optional<Integer> goTo = Optional.empty();
                if (otherwise instanceof JsonLike.JObject target
                        && target.fields().get("goTo") instanceof JsonLike.JNumber number) {
                    int index = index(number.value());
                    if (index < 0 || index >= count) {
                        errors.add(path + ".otherwise.goTo", "must be the index of a step, 0 to " + (count - 1));
                    } else {
                        goTo = Optional.of(index);
                    }
                } else if (otherwise != null && !"end".equals(text(otherwise))) {
                    errors.add(path + ".otherwise", "must be \"end\" or {\"goTo\": a step's index}");
                }
                return new Step.Branch(filter, goTo);
            }
            case "tag" -> {
                String add = text(fields.get("add"));
                String remove = text(fields.get("remove"));
                String tag = add != null ? add : remove;
                if ((add == null) == (remove == null) || tag.isBlank() || tag.length() > 100) {
                    errors.add(path, "takes add or remove: a tag of 1 to 100 characters");
                    return new Step.End();
                }
                StoredText.fault(tag).ifPresent(fault -> errors.add(path, fault));
                return new Step.Tag(tag, add != null);
            }
            case "attribute" -> {
                String name = text(fields.get("name"));
                JsonLike value = fields.get("value");
                if (name == null || name.isBlank() || name.length() > 100) {
                    errors.add(path + ".name", "is required: the attribute's name");
                    return new Step.End();
                }
                Optional<AttributeValue> typed = attribute(value);
                if (typed.isEmpty()) {
                    errors.add(path + ".value", "must be text, a number, true or false, or a date (YYYY-MM-DD)");
                    return new Step.End();
                }
                return new Step.SetAttribute(name, typed.get());
            }
            case "end" -> {
                return new Step.End();
            }
            default -> {
                errors.add(path + ".type", "must be send, wait, branch, tag, attribute or end");
                return new Step.End();
            }
        }
    }

    private static EntryRules rules(JsonLike entry, JsonLike exit, String path, FieldErrors errors) {
        Optional<Duration> again = Optional.empty();
        if (entry instanceof JsonLike.JObject object && object.fields().containsKey("again")) {
            String text = text(object.fields().get("again"));
            if (text == null) {
                errors.add(at(path, "entry.again"), "must be \"never\" or a duration such as P30D");
            } else if (!text.equals("never")) {
                again = duration(text);
                if (again.isEmpty()) {
                    errors.add(at(path, "entry.again"), "must be \"never\" or a duration such as P30D");
                }
            }
        } else if (entry != null && !(entry instanceof JsonLike.JObject) && !(entry instanceof JsonLike.JNull)) {
            errors.add(at(path, "entry"), "must be an object");
        }
        boolean onUnfollow = true;
        boolean onOptOut = true;
        Optional<JsonLike> when = Optional.empty();
        if (exit instanceof JsonLike.JObject object) {
            onUnfollow = !object.fields().containsKey("onUnfollow")
                    || bool(object.fields().get("onUnfollow"), at(path, "exit.onUnfollow"), errors);
            onOptOut = !object.fields().containsKey("onOptOut")
                    || bool(object.fields().get("onOptOut"), at(path, "exit.onOptOut"), errors);
            JsonLike filter = object.fields().get("when");
            if (filter instanceof JsonLike.JObject) {
                when = Optional.of(filter);
            } else if (filter != null && !(filter instanceof JsonLike.JNull)) {
                errors.add(at(path, "exit.when"), "must be a filter of the audience language");
            }
        } else if (exit != null && !(exit instanceof JsonLike.JNull)) {
            errors.add(at(path, "exit"), "must be an object");
        }
        return new EntryRules(again, onUnfollow, onOptOut, when);
    }

    private static Optional<QuietHours> quietHours(JsonLike json, String path, FieldErrors errors) {
        if (json == null || json instanceof JsonLike.JNull) {
            return Optional.empty();
        }
        if (json instanceof JsonLike.JObject object) {
            try {
                return Optional.of(new QuietHours(
                        LocalTime.parse(String.valueOf(text(object.fields().get("start")))),
                        LocalTime.parse(String.valueOf(text(object.fields().get("end"))))));
            } catch (DateTimeParseException | ValidationException e) {
                // reported below
            }
        }
        errors.add(path, "must be {\"start\": \"21:00\", \"end\": \"08:00\"}: two different times of day");
        return Optional.empty();
    }

    private static Optional<FrequencyCap> frequencyCap(JsonLike json, String path, FieldErrors errors) {
        if (json == null || json instanceof JsonLike.JNull) {
            return Optional.empty();
        }
        if (json instanceof JsonLike.JObject object
                && object.fields().get("max") instanceof JsonLike.JNumber max
                && index(max.value()) > 0) {
            try {
                return Optional.of(new FrequencyCap(
                        index(max.value()),
                        Period.parse(String.valueOf(text(object.fields().get("within"))))));
            } catch (DateTimeParseException | ValidationException e) {
                // reported below
            }
        }
        errors.add(path, "must be {\"max\": 1 or more, \"within\": a period such as P7D}");
        return Optional.empty();
    }

    /** A positive ISO-8601 duration; days alone ("P30D") are read as whole days too. */
    private static Optional<Duration> duration(String text) {
        try {
            Duration parsed = text.matches("P\\d{1,6}D")
                    ? Duration.ofDays(Long.parseLong(text.substring(1, text.length() - 1)))
                    : Duration.parse(text);
            return parsed.isNegative() || parsed.isZero() ? Optional.empty() : Optional.of(parsed);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A field's path under {@code path} ("" is the top). */
    private static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static Optional<AttributeValue> attribute(JsonLike value) {
        if (value instanceof JsonLike.JNumber number) {
            return Optional.of(new AttributeValue.Number(number.value()));
        }
        if (value instanceof JsonLike.JBool bool) {
            return Optional.of(new AttributeValue.Bool(bool.value()));
        }
        if (value instanceof JsonLike.JString string
                && !string.value().isEmpty()
                && string.value().length() <= 1000) {
            if (StoredText.fault(string.value()).isPresent()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new AttributeValue.Day(LocalDate.parse(string.value())));
            } catch (DateTimeParseException e) {
                return Optional.of(new AttributeValue.Text(string.value()));
            }
        }
        return Optional.empty();
    }

    private static int index(BigDecimal value) {
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    private static boolean bool(JsonLike json, String path, FieldErrors errors) {
        if (json == null || json instanceof JsonLike.JNull) {
            return false;
        }
        if (json instanceof JsonLike.JBool bool) {
            return bool.value();
        }
        errors.add(path, "must be true or false");
        return false;
    }

    private static String text(JsonLike json) {
        return json instanceof JsonLike.JString string ? string.value() : null;
    }
}
