package io.lineengage.application.port.out.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.line.LineMessagingPort.SendKind;
import io.lineengage.application.port.out.line.LineMessagingPort.Validated;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.line.LineProfile;
import io.lineengage.domain.line.MessageQuota;
import io.lineengage.domain.message.LineMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link LineMessagingPort}: the SDK adapter (on the sandbox) and the in-memory fake both run it. */
public abstract class AbstractLineMessagingPortTest {
    protected abstract LinePlatformFixture fixture();

    protected abstract LineMessagingPort port();

    private ChannelCredentials channel;
    private List<String> followers;

    @BeforeEach
    void channelWithFollowers() {
        channel = fixture().newChannel();
        followers = fixture().addFollowers(channel, 3);
    }

    private static List<LineMessage> hello() {
        return List.of(new LineMessage.Text("Hello from the contract test"));
    }

    private static <T> T success(LineResult<T> result) {
        assertThat(result).isInstanceOf(LineResult.Success.class);
        return ((LineResult.Success<T>) result).value();
    }

    private static LineFailure failure(LineResult<?> result) {
        assertThat(result).isInstanceOf(LineResult.Failure.class);
        return ((LineResult.Failure<?>) result).failure();
    }

    private static LineFailure failure(SendOutcome outcome) {
        assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
        return ((SendOutcome.Failed) outcome).failure();
    }

    @Test
    void aPushIsAcceptedAndDeliveredOnce() {
        SendOutcome outcome = port().push(channel, PushRequest.of(followers.get(0), hello(), UUID.randomUUID()));
        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Accepted.class, accepted -> {
            assertThat(accepted.requestId()).isNotBlank();
            assertThat(accepted.sentMessageIds()).hasSize(1);
        });
        assertThat(fixture().receivedCount(channel, followers.get(0))).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameKeyIsAlreadyAcceptedAndDeliversNothingMore() {
        PushRequest push = PushRequest.of(followers.get(0), hello(), UUID.randomUUID());
        SendOutcome.Accepted first = (SendOutcome.Accepted) port().push(channel, push);
        assertThat(port().push(channel, push)).isEqualTo(new SendOutcome.AlreadyAccepted(first.requestId()));
        assertThat(fixture().receivedCount(channel, followers.get(0))).isEqualTo(1);
    }

    @Test
    void aMulticastReachesEveryRecipientOnceEvenWhenRetried() {
        MulticastRequest multicast = MulticastRequest.of(followers, hello(), UUID.randomUUID());
        assertThat(port().multicast(channel, multicast)).isInstanceOf(SendOutcome.Accepted.class);
        assertThat(port().multicast(channel, multicast)).isInstanceOf(SendOutcome.AlreadyAccepted.class);
        assertThat(followers)
                .allSatisfy(user ->
                        assertThat(fixture().receivedCount(channel, user)).isEqualTo(1));
    }

    @Test
    void aReplyTokenAnswersOnceAndCostsNoQuota() {
        String user = followers.get(0);
        fixture().setMonthlyQuota(channel, 0);
        String token = fixture().replyToken(channel, user);

        assertThat(port().reply(channel, new ReplyRequest(token, hello(), false)))
                .isInstanceOf(SendOutcome.Accepted.class);
        assertThat(fixture().repliesReceived(channel, user)).isEqualTo(1);
        assertThat(port().reply(channel, new ReplyRequest(token, hello(), false)))
                .isInstanceOfSatisfying(SendOutcome.Failed.class, failed -> {
                    assertThat(failed.failure()).isInstanceOf(LineFailure.InvalidReplyToken.class);
                    assertThat(failed.failure().retryable()).isFalse();
                });
        assertThat(port().reply(channel, new ReplyRequest("not-a-token", hello(), false)))
                .isInstanceOfSatisfying(
                        SendOutcome.Failed.class,
                        failed -> assertThat(failed.failure()).isInstanceOf(LineFailure.InvalidReplyToken.class));
        assertThat(fixture().repliesReceived(channel, user)).isEqualTo(1);
    }

    @Test
    void anExhaustedQuotaIsItsOwnFailureAndSendsNothing() {
        fixture().exhaustQuota(channel);
        SendOutcome outcome = port().push(channel, PushRequest.of(followers.get(0), hello(), UUID.randomUUID()));
        assertThat(failure(outcome)).isInstanceOf(LineFailure.QuotaExhausted.class);
        assertThat(failure(outcome).channelUnusable()).isTrue();
        assertThat(fixture().receivedCount(channel, followers.get(0))).isZero();
    }

    @Test
    void revokedCredentialsAreUnauthorized() {
        fixture().revokeCredentials(channel);
        SendOutcome outcome = port().multicast(channel, MulticastRequest.of(followers, hello(), UUID.randomUUID()));
        assertThat(failure(outcome)).isInstanceOf(LineFailure.Unauthorized.class);
        assertThat(failure(port().botInfo(channel))).isInstanceOf(LineFailure.Unauthorized.class);
    }

    @Test
    void anInvalidMessageComesBackWithLinesReasons() {
        SendOutcome outcome = port().push(
                        channel,
                        PushRequest.of(
                                followers.get(0), List.of(new LineMessage.Text("x".repeat(5001))), UUID.randomUUID()));
        assertThat(failure(outcome)).isInstanceOfSatisfying(LineFailure.InvalidRequest.class, invalid -> {
            assertThat(invalid.retryable()).isFalse();
            assertThat(invalid.details())
                    .extracting(LineFailure.Detail::property)
                    .containsExactly("messages[0].text");
        });
        assertThat(fixture().receivedCount(channel, followers.get(0))).isZero();
    }

    @Test
    void aServerErrorIsRetryableAndTheRetryDeliversOnce() {
        fixture().failNextCalls(channel, 1, 500);
        PushRequest push = PushRequest.of(followers.get(1), hello(), UUID.randomUUID());
        LineFailure failure = failure(port().push(channel, push));
        assertThat(failure).isInstanceOf(LineFailure.ServerError.class);
        assertThat(failure.retryable()).isTrue();
        assertThat(port().push(channel, push)).isInstanceOf(SendOutcome.Accepted.class);
        assertThat(fixture().receivedCount(channel, followers.get(1))).isEqualTo(1);
    }

    @Test
    void profilesAreReadForFollowersAndNotFoundForOthers() {
        LineProfile profile = success(port().profile(channel, followers.get(2)));
        assertThat(profile.userId()).isEqualTo(followers.get(2));
        assertThat(profile.displayName()).isNotBlank();
        assertThat(failure(port().profile(channel, "U" + "0".repeat(32)))).isInstanceOf(LineFailure.NotFound.class);
    }

    @Test
    void followerIdsArePagedToTheEnd() {
        List<String> all = new ArrayList<>(followers);
        all.addAll(fixture().addFollowers(channel, 1200));
        Set<String> seen = new HashSet<>();
        String next = null;
        int pages = 0;
        do {
            FollowerPage page = success(port().followerIds(channel, next, 500));
            assertThat(page.userIds()).hasSizeLessThanOrEqualTo(500);
            seen.addAll(page.userIds());
            next = page.next().orElse(null);
            pages++;
        } while (next != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void quotaShowsTheLimitAndWhatIsUsed() {
        fixture().setMonthlyQuota(channel, 100);
        port().multicast(channel, MulticastRequest.of(followers, hello(), UUID.randomUUID()));
        MessageQuota quota = success(port().quota(channel));
        assertThat(quota.limit()).hasValue(100);
        assertThat(quota.used()).isEqualTo(3);
        assertThat(quota.remaining()).hasValue(97);
    }

    @Test
    void botInfoNamesTheAccount() {
        assertThat(success(port().botInfo(channel)).displayName()).isNotBlank();
    }

    @Test
    void validationAsksWithoutSending() {
        assertThat(success(port().validate(channel, SendKind.PUSH, hello()))).isEqualTo(new Validated());
        assertThat(failure(port().validate(channel, SendKind.MULTICAST, List.of(new LineMessage.Text("")))))
                .isInstanceOf(LineFailure.InvalidRequest.class);
        assertThat(followers)
                .allSatisfy(user ->
                        assertThat(fixture().receivedCount(channel, user)).isZero());
    }

    @Test
    void aChannelWithoutATokenGetsTokensIssuedFromItsIdAndSecret() {
        ChannelCredentials issuing = fixture().newChannelIssuingTokens();
        List<String> users = fixture().addFollowers(issuing, 1);
        assertThat(port().push(issuing, PushRequest.of(users.get(0), hello(), UUID.randomUUID())))
                .isInstanceOf(SendOutcome.Accepted.class);
        assertThat(fixture().receivedCount(issuing, users.get(0))).isEqualTo(1);
    }
}
