package io.lineengage.bootstrap;

import dagger.Binds;
import dagger.BindsOptionalOf;
import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.in.transactional.FinishQueuedMessagesUseCase;
import io.lineengage.application.port.in.transactional.ReadMessageUseCase;
import io.lineengage.application.port.in.transactional.SendMessageUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.customer.CustomerConsents;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.NotificationMessageSender;
import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.application.port.out.transactional.TransactionalMessages;
import io.lineengage.application.service.audience.FilterCatalogues;
import io.lineengage.application.service.gateway.UsableGateways;
import io.lineengage.application.service.template.TemplateCheck;
import io.lineengage.application.service.tracking.ClickTracker;
import io.lineengage.application.service.transactional.MessageDelivery;
import io.lineengage.application.service.transactional.MessageRouting;
import io.lineengage.application.service.transactional.Patience;
import io.lineengage.application.service.transactional.PhoneRouting;
import io.lineengage.application.service.transactional.QueuedMessageService;
import io.lineengage.application.service.transactional.TransactionalSendService;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Transactional messages: the send and read use cases, and the background that finishes queued ones. */
@Module
abstract class TransactionalModule {
    /** Bound by the markets that have LINE notification messages (JP, TH, TW); absent elsewhere. */
    @BindsOptionalOf
    abstract NotificationMessageSender notificationMessages();

    @Provides
    @Singleton
    static MessageRouting messageRouting(
            TemplateRepository templates,
            AttributeCatalogue attributes,
            FilterCatalogues catalogues,
            GatewayRepository gateways,
            LineAccountRepository accounts,
            AudienceQuery audienceQuery,
            ClickTracker tracker,
            CustomerConsents customerConsents,
            Optional<NotificationMessageSender> notificationMessages) {
        return new MessageRouting(
                templates,
                new TemplateCheck(attributes),
                catalogues,
                gateways,
                new UsableGateways(gateways, accounts),
                audienceQuery,
                tracker,
                new SplittableRandom(),
                // Only where the market binds a sender do customers unreachable by LINE user ID go by phone.
                notificationMessages.map(
                        sender -> new PhoneRouting(accounts, customerConsents, new SplittableRandom())));
    }

    @Provides
    @Singleton
    static MessageDelivery messageDelivery(
            TransactionalMessages messages,
            MessageRouting routing,
            LineAccountRepository accounts,
            SendPace pace,
            LineMessagingPort line,
            Optional<NotificationMessageSender> notificationMessages,
            Clock clock) {
        return new MessageDelivery(messages, routing, accounts, pace, line, notificationMessages, clock);
    }

    /** Threads for the calls a request waits on; a call LINE is slow to answer goes on after the answer. */
    @Provides
    @Singleton
    @Named("transactional-senders")
    static Executor senders() {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "transactional-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return pool;
    }

    @Provides
    @Singleton
    static TransactionalSendService transactionalSends(
            TransactionalMessages messages,
            MessageRouting routing,
            MessageDelivery delivery,
            @Named("transactional-senders") Executor senders,
            Clock clock) {
        return new TransactionalSendService(messages, routing, delivery, senders, Patience.DEFAULT, clock);
    }

    @Binds
    abstract SendMessageUseCase sendMessage(TransactionalSendService service);

    @Binds
    abstract ReadMessageUseCase readMessage(TransactionalSendService service);

    @Provides
    @Singleton
    static FinishQueuedMessagesUseCase finishQueuedMessages(
            TransactionalMessages messages, MessageDelivery delivery, Clock clock) {
        return new QueuedMessageService(messages, delivery, Patience.DEFAULT, clock);
    }

    @Provides
    @Singleton
    static MessageWorker messageWorker(FinishQueuedMessagesUseCase queue) {
        return new MessageWorker(queue);
    }
}
