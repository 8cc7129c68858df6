package io.lineengage.application.service.transactional;

import io.lineengage.application.fake.InMemoryCustomerConsents;
import io.lineengage.application.fake.InMemoryTransactionalMessages;
import io.lineengage.application.fake.Shop;
import io.lineengage.application.port.in.transactional.MessageReceipt;
import io.lineengage.application.port.in.transactional.SendMessageCommand;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.NotificationMessageSender;
import io.lineengage.application.service.gateway.UsableGateways;
import io.lineengage.application.service.template.TemplateCheck;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.transactional.MessageRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The transactional services of one shop, on its fakes; LINE may be wrapped to misbehave. */
final class Messaging implements AutoCloseable {
    /** Generous: a request on a busy machine still answers within it unless LINE holds it up on purpose. */
    static final Patience PATIENT = new Patience(
            Duration.ofSeconds(30), Duration.ofMillis(1), 4, Duration.ofSeconds(60), Duration.ofSeconds(30));

    final Shop shop;
    final InMemoryTransactionalMessages messages = new InMemoryTransactionalMessages();
    final TransactionalSendService sends;
    final QueuedMessageService queue;
    final InMemoryCustomerConsents customerConsents = new InMemoryCustomerConsents();
    private final ExecutorService senders = Executors.newCachedThreadPool();

    Messaging(Shop shop) {
        this(shop, shop.line, PATIENT);
    }

    Messaging(Shop shop, LineMessagingPort line, Patience patience) {
        this(shop, line, patience, Optional.empty());
    }

    /** With {@code byPhone}, customers no gateway reaches by LINE user ID go as LINE notification messages. */
    Messaging(Shop shop, LineMessagingPort line, Patience patience, Optional<NotificationMessageSender> byPhone) {
        this.shop = shop;
        MessageRouting routing = new MessageRouting(
                shop.templates,
                new TemplateCheck(shop.customers),
                shop.catalogues,
                shop.gateways,
                new UsableGateways(shop.gateways, shop.accounts),
                shop.audienceQuery,
                shop.tracker,
                new SplittableRandom(42),
                byPhone.map(sender -> new PhoneRouting(shop.accounts, customerConsents, new SplittableRandom(7))));
        MessageDelivery delivery =
                new MessageDelivery(messages, routing, shop.accounts, shop.pace, line, byPhone, shop.clock);
        this.sends = new TransactionalSendService(messages, routing, delivery, senders, patience, shop.clock);
        this.queue = new QueuedMessageService(messages, delivery, patience, shop.clock);
    }

    MessageReceipt send(String key, Customer customer, GatewayId... gateways) {
        return sends.send(new SendMessageCommand(shop.org, key, ofTemplate(customer, gateways)));
    }

    MessageRequest ofTemplate(Customer customer, GatewayId... gateways) {
        return new MessageRequest(customer.id(), Optional.of(shop.template.id()), Optional.empty(), List.of(gateways));
    }

    static MessageRequest ofText(Customer customer, String text) {
        return new MessageRequest(
                customer.id(),
                Optional.empty(),
                Optional.of(new JsonLike.JArray(List.of(new JsonLike.JObject(
                        Map.of("type", new JsonLike.JString("text"), "text", new JsonLike.JString(text)))))),
                List.of());
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
