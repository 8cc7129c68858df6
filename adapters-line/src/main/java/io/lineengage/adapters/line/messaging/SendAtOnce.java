package io.lineengage.adapters.line.messaging;

import java.net.SocketException;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;

/**
 * Turns Nagle's algorithm off on every connection the SDK's HTTP client uses. OkHttp writes a request body of more
 * than 8 KB (a multicast to 500 users) in several segments and leaves TCP_NODELAY off, so the second segment waits for
 * the server's delayed ACK: about 40 ms added to every such call on a kept-alive connection (OkHttp issue 7173). The
 * SDK's builder offers no socket factory, but its event listener sees each connection before the request is written.
 */
final class SendAtOnce extends EventListener {
    static final SendAtOnce INSTANCE = new SendAtOnce();

    private SendAtOnce() {}

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        try {
            connection.socket().setTcpNoDelay(true);
        } catch (SocketException e) {
            // A socket closing under us: the call fails on its own and is answered as such.
        }
    }
}
