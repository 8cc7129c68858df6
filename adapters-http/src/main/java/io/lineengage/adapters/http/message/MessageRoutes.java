package io.lineengage.adapters.http.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.web.ApiAuthentication;
import io.lineengage.adapters.http.web.JsonBody;
import io.lineengage.application.port.in.transactional.MessageReceipt;
import io.lineengage.application.port.in.transactional.ReadMessageUseCase;
import io.lineengage.application.port.in.transactional.SendMessageCommand;
import io.lineengage.application.port.in.transactional.SendMessageUseCase;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.template.TemplateId;
import io.lineengage.domain.transactional.MessageId;
import io.lineengage.domain.transactional.MessageRequest;
import io.lineengage.domain.transactional.MessageStatus;
import io.lineengage.domain.transactional.TransactionalMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Transactional messages: send one now (200 with its outcome, 202 while LINE has not taken it yet), read its outcome. */
final class MessageRoutes extends Plugin<Void> {
    private final ObjectMapper json;
    private final SendMessageUseCase send;
    private final ReadMessageUseCase read;

    MessageRoutes(ObjectMapper json, SendMessageUseCase send, ReadMessageUseCase read) {
        this.json = json;
        this.send = send;
        this.read = read;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.post("/api/v1/messages", this::send);
        state.routes.get(
                "/api/v1/messages/{deliveryId}",
                ctx -> answer(ctx, read.get(ApiAuthentication.orgOf(ctx), new MessageId(ctx.pathParam("deliveryId")))));
    }

    private void send(Context ctx) {
        JsonBody body = JsonBody.read(
                ctx, json, Set.of("customerId", "templateId", "messages", "idempotencyKey", "gatewayIds"));
        String customer = body.requiredText("customerId");
        String template = body.optionalText("templateId");
        Optional<JsonLike> messages = body.optionalJson("messages");
        String key = body.requiredText("idempotencyKey");
        List<GatewayId> gateways = body.optionalIdList("gatewayIds", "gateway ID", GatewayId::new);
        body.check(customer != null && customer.isBlank(), "customerId", "must not be blank");
        body.check(
                template != null && messages.isPresent(), "templateId", "give either templateId or messages, not both");
        body.check(template == null && messages.isEmpty(), "templateId", "is required unless messages are given");
        body.check(template != null && template.isBlank(), "templateId", "must not be blank");
        if (key != null) {
            try {
                TransactionalMessage.checkKey(key);
            } catch (ValidationException e) {
                e.errors().forEach(error -> body.reject(error.field(), error.message()));
            }
        }
        body.validate();
        MessageRequest request = new MessageRequest(
                new CustomerId(customer), Optional.ofNullable(template).map(TemplateId::new), messages, gateways);
        answer(ctx, send.send(new SendMessageCommand(ApiAuthentication.orgOf(ctx), key, request)));
    }

    /** 202 while the message waits for LINE (ask again at its Location), 200 once it has an outcome. */
    private static void answer(Context ctx, MessageReceipt receipt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryId", receipt.deliveryId().value());
        body.put("status", receipt.status().name());
        body.put("reason", receipt.reason().orElse(null));
        body.put("lineRequestId", receipt.lineRequestId().orElse(null));
        body.put("gatewayId", receipt.gatewayId().map(GatewayId::value).orElse(null));
        body.put("addressedBy", receipt.addressedBy().map(Enum::name).orElse(null));
        body.put("customerId", receipt.customerId().value());
        body.put("attempts", receipt.attempts());
        body.put("createdAt", receipt.createdAt().toString());
        body.put("updatedAt", receipt.updatedAt().toString());
        ctx.header("Location", "/api/v1/messages/" + receipt.deliveryId().value());
        ctx.status(receipt.status() == MessageStatus.QUEUED ? 202 : 200).json(body);
    }
}
