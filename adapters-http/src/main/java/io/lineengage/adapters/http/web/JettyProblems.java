package io.lineengage.adapters.http.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty refuses before any route sees it (a URI holding %00 or another illegal sequence, a malformed request
 * line) answered as problem+json like every other refusal, instead of Jetty's HTML page.
 */
final class JettyProblems extends ErrorHandler {
    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String detail = code == 400 ? "The request is malformed (for example a URI holding %00)." : "HTTP " + code;
        String body = "{\"type\":\"urn:line-engage:problem:" + (code == 400 ? "malformed" : "http-" + code)
                + "\",\"title\":\"" + (code == 400 ? "Bad request" : "HTTP " + code) + "\",\"status\":" + code
                + ",\"detail\":\"" + detail + "\"}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        // Jetty drops the connection after a request it could not parse: say so, so that clients do not reuse it.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
